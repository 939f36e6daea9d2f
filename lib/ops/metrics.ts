// The process's Prometheus metrics (prom-client): SCIM requests, provisioning cycles and objects, target retries and
// 429s, job lease takeovers, log rows written and purged, and Node's default process metrics. No label names an
// organization. API: metrics (the instruments), metricsRegistry(), statusClass(status), scimResource(path).
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    scimRequests: new Counter({
      name: "org_center_scim_requests_total",
      help: "Inbound SCIM requests answered, by method, resource and status class.",
      labelNames: ["method", "resource", "status_class"] as const,
      registers,
    }),
    scimDuration: new Histogram({
      name: "org_center_scim_request_duration_seconds",
      help: "Time to answer an inbound SCIM request, by method, resource and status class.",
      labelNames: ["method", "resource", "status_class"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    scimAuthFailures: new Counter({
      name: "org_center_scim_auth_failures_total",
      help: "Inbound SCIM requests refused with 401 (missing, invalid, expired or revoked token).",
      registers,
    }),
    cycles: new Counter({
      name: "org_center_provisioning_cycles_total",
      help: "Provisioning cycles ended, by outcome (completed, quarantined, interrupted, failed) and type.",
      labelNames: ["outcome", "type"] as const,
      registers,
    }),
    cycleDuration: new Histogram({
      name: "org_center_provisioning_cycle_duration_seconds",
      help: "Run time of a provisioning cycle in this process, by outcome and type.",
      labelNames: ["outcome", "type"] as const,
      buckets: [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
      registers,
    }),
    objects: new Counter({
      name: "org_center_provisioning_objects_total",
      help: "Objects processed by provisioning cycles, by object type, action and status (as in the provisioning log).",
      labelNames: ["object_type", "action", "status"] as const,
      registers,
    }),
    quarantines: new Counter({
      name: "org_center_provisioning_quarantines_total",
      help: "Provisioning jobs put into quarantine, by reason code.",
      labelNames: ["code"] as const,
      registers,
    }),
    targetRetries: new Counter({
      name: "org_center_provisioning_target_retries_total",
      help: "Requests to SCIM targets sent again, by reason (429, 5xx, timeout, network).",
      labelNames: ["reason"] as const,
      registers,
    }),
    targetThrottled: new Counter({
      name: "org_center_provisioning_target_throttled_total",
      help: "429 Too Many Requests answers received from SCIM targets.",
      registers,
    }),
    leaseTakeovers: new Counter({
      name: "org_center_job_lease_takeovers_total",
      help: "Leases claimed after their holder stopped renewing them (a crashed or stalled runner), by kind.",
      labelNames: ["kind"] as const,
      registers,
    }),
    logRowsWritten: new Counter({
      name: "org_center_log_rows_written_total",
      help: "Rows written to the provisioning log and the inbound SCIM request log.",
      labelNames: ["log"] as const,
      registers,
    }),
    logRowsPurged: new Counter({
      name: "org_center_log_rows_purged_total",
      help: "Log rows deleted by retention (logs.purge-expired).",
      labelNames: ["log"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// On globalThis: the SCIM server (loaded through tsx by bin/server.js) and Next's bundle count into one registry.
const holder = globalThis as typeof globalThis & { __orgCenterMetrics?: Metrics };

export const metrics: Metrics = (holder.__orgCenterMetrics ??= createMetrics());

export function metricsRegistry(): Registry {
  return metrics.registry;
}

export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";
}

const RESOURCES = new Set(["Users", "Groups", "ServiceProviderConfig", "Schemas", "ResourceTypes", "Bulk", "Me"]);
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]);

/** The endpoint a SCIM path names (`/Users/123` → Users); anything else is "other", so labels stay few. */
export function scimResource(path: string): string {
  const first = path.split("/").find((segment) => segment !== "") ?? "";
  return RESOURCES.has(first) ? first : first === "" ? "root" : "other";
}

export function metricMethod(method: string): string {
  const upper = method.toUpperCase();
  return METHODS.has(upper) ? upper : "other";
}
