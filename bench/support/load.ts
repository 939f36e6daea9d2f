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

export function printFigures(rows: Figures[], targets: Record<string, { rps: number; p99: number }>) {
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 11)).join("");
  console.log(line(["scenario", "req/s", "p50 ms", "p99 ms", "requests", "non-expected", "target"]));
  for (const r of rows) {
    const t = targets[r.name];
    const ok = t ? r.rps >= t.rps && r.p99 < t.p99 : true;
    console.log(
      line([
        r.name,
        r.rps,
        r.p50,
        r.p99,
        r.requests,
        r.unexpected + r.errors,
        t ? `${ok ? "met" : "MISSED"} (≥${t.rps}/s, p99<${t.p99})` : "",
      ]),
    );
  }
}
