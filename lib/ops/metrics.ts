// The process's Prometheus metrics (prom-client): SCIM requests, provisioning cycles and objects, target retries and
// 429s, job lease takeovers, log rows written and purged, and Node's default process metrics. No label names an
// organization. API: metrics (the instruments), metricsRegistry(), statusClass(status), scimResource(path).
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Counter<L>({ name, help, labelNames, registers });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]) =>
    new Histogram<L>({ name, help, labelNames, buckets, registers });
  return {
    registry,
    scimRequests: counter(
      "org_center_scim_requests_total",
      "Inbound SCIM requests answered, by method, resource and status class.",
      ["method", "resource", "status_class"],
    ),
    scimDuration: histogram(
      "org_center_scim_request_duration_seconds",
      "Time to answer an inbound SCIM request, by method, resource and status class.",
      ["method", "resource", "status_class"],
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    ),
    scimAuthFailures: counter(
      "org_center_scim_auth_failures_total",
      "Inbound SCIM requests refused with 401 (missing, invalid, expired or revoked token).",
    ),
    cycles: counter(
      "org_center_provisioning_cycles_total",
      "Provisioning cycles ended, by outcome (completed, quarantined, interrupted, failed) and type.",
      ["outcome", "type"],
    ),
    cycleDuration: histogram(
      "org_center_provisioning_cycle_duration_seconds",
      "Run time of a provisioning cycle in this process, by outcome and type.",
      ["outcome", "type"],
      [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
    ),
    objects: counter(
      "org_center_provisioning_objects_total",
      "Objects processed by provisioning cycles, by object type, action and status (as in the provisioning log).",
      ["object_type", "action", "status"],
    ),
    quarantines: counter(
      "org_center_provisioning_quarantines_total",
      "Provisioning jobs put into quarantine, by reason code.",
      ["code"],
    ),
    targetRetries: counter(
      "org_center_provisioning_target_retries_total",
      "Requests to SCIM targets sent again, by reason (429, 5xx, timeout, network).",
      ["reason"],
    ),
    targetThrottled: counter(
      "org_center_provisioning_target_throttled_total",
      "429 Too Many Requests answers received from SCIM targets.",
    ),
    leaseTakeovers: counter(
      "org_center_job_lease_takeovers_total",
      "Leases claimed after their holder stopped renewing them (a crashed or stalled runner), by kind.",
      ["kind"],
    ),
    logRowsWritten: counter(
      "org_center_log_rows_written_total",
      "Rows written to the provisioning log and the inbound SCIM request log.",
      ["log"],
    ),
    logRowsPurged: counter("org_center_log_rows_purged_total", "Log rows deleted by retention (logs.purge-expired).", [
      "log",
    ]),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// On globalThis: the SCIM server (loaded apart from Next by bin/server.js) and Next's bundle count into one registry.
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
