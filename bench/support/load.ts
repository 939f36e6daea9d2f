// One autocannon run on loopback, reduced to the figures the issues name.
import autocannon from "autocannon";

export type Scenario = {
  name: string;
  method: "GET" | "POST" | "PATCH";
  path: () => string;
  body?: () => string;
  expectStatus: number;
};

export type Figures = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  unexpected: number;
  errors: number;
};

export async function runScenario(
  baseUrl: string,
  token: string,
  s: Scenario,
  { connections = 10, duration = 10 } = {},
): Promise<Figures> {
  let unexpected = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
    requests: [
      {
        method: s.method,
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: s.path(), body: s.body?.() }),
        onResponse: (status: number) => {
          if (status !== s.expectStatus) unexpected++;
        },
      },
    ],
  } as autocannon.Options);
  return {
    name: s.name,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected,
    errors: result.errors + result.timeouts,
  };
}
