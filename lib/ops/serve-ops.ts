// The operator endpoints, answered by bin/server.js before SCIM and Next: GET /healthz (the process is up), GET /readyz
// (database answers, migrations applied; 503 with the reason otherwise), GET /metrics (Prometheus text, only when
// METRICS_TOKEN is set, bearer token required; under WEB_CONCURRENCY, every worker's figures summed). Cheap, unauthenticated except /metrics, never in the SCIM log.
// API: isOpsPath(rawUrl), serveOps(req, res).
import { timingSafeEqual, createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "@/lib/http/security-headers.js";
import { childLogger } from "@/lib/log/logger";
import { clusterMetricsText, isClusterWorker } from "./cluster-metrics";
import { metricsRegistry } from "./metrics";
import { checkReadiness, type Readiness } from "./readiness";

const PATHS = new Set(["/healthz", "/readyz", "/metrics"]);
const SECURITY = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
const log = childLogger({ component: "ops" });

export function isOpsPath(rawUrl: string | undefined): boolean {
  if (!rawUrl) return false;
  const q = rawUrl.indexOf("?");
  return PATHS.has(q === -1 ? rawUrl : rawUrl.slice(0, q));
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  const all: Record<string, string | number> = {
    ...SECURITY,
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    ...headers,
    "Content-Length": Buffer.byteLength(body),
  };
  res.writeHead(status, all);
  res.end(req.method === "HEAD" ? undefined : body);
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Constant-time comparison of the presented bearer token with METRICS_TOKEN. */
function tokenMatches(authorization: string | undefined, expected: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match !== null && timingSafeEqual(digest(match[1]!), digest(expected));
}

async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const expected = process.env.METRICS_TOKEN;
  if (!expected) {
    send(req, res, 404, JSON.stringify({ error: "Metrics are off: set METRICS_TOKEN to serve them." }));
    return;
  }
  if (!tokenMatches(req.headers.authorization, expected)) {
    send(req, res, 401, JSON.stringify({ error: "Send Authorization: Bearer <METRICS_TOKEN>." }), {
      "WWW-Authenticate": 'Bearer realm="metrics"',
    });
    return;
  }
  const registry = metricsRegistry();
  if (!isClusterWorker()) {
    send(req, res, 200, await registry.metrics(), { "Content-Type": registry.contentType });
    return;
  }
  // Under WEB_CONCURRENCY the port is shared: the figures are every worker's, summed (lib/ops/cluster-metrics.ts).
  try {
    send(req, res, 200, await clusterMetricsText(), { "Content-Type": registry.contentType });
  } catch (error) {
    log.warn({ err: error }, "metrics: the workers' figures could not be collected");
    send(
      req,
      res,
      503,
      JSON.stringify({ error: `The workers' figures could not be collected: ${(error as Error).message}` }),
      {
        "Retry-After": "5",
      },
    );
  }
}

// Probes come every few seconds: only a change of state (or of the reason) is logged.
let lastReadiness: string | undefined;
function noteReadiness(readiness: Readiness): void {
  const state = readiness.ready ? "ready" : readiness.reason;
  if (state === lastReadiness) return;
  if (readiness.ready) log.info("Ready: the database answers and every migration is applied");
  else log.warn({ reason: readiness.reason }, `Not ready: ${readiness.reason}`);
  lastReadiness = state;
}

/** Answers an operator endpoint; the caller checked isOpsPath. */
export async function serveOps(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? "").split("?")[0];
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(req, res, 405, JSON.stringify({ error: "Use GET." }), { Allow: "GET, HEAD" });
      return;
    }
    if (path === "/healthz") return send(req, res, 200, JSON.stringify({ status: "ok" }));
    if (path === "/metrics") return await serveMetrics(req, res);
    const readiness = await checkReadiness();
    noteReadiness(readiness);
    if (readiness.ready) send(req, res, 200, JSON.stringify({ status: "ready" }));
    else
      send(req, res, 503, JSON.stringify({ status: "unavailable", reason: readiness.reason }), { "Retry-After": "5" });
  } catch (error) {
    log.error({ err: error, path }, "operator endpoint failed");
    if (!res.headersSent) send(req, res, 500, JSON.stringify({ error: "Internal server error" }));
    else res.end();
  }
}
