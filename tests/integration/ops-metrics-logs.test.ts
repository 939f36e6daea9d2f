// Issue 14 items 2 and 3 against a real server started with METRICS_TOKEN and background jobs on: /metrics (off
// without the token, 401 with a wrong one, counters that move with SCIM requests and a provisioning cycle run by the
// app's scheduler), JSON log lines with the request id, X-Request-Id stored with the inbound log entry, and the
// rate-limited 401 log line that never holds the token. Then the engine's retry, 429, quarantine and purge counters.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma, requestLogDb } from "@/lib/db/client";
import { purgeExpiredLogs } from "@/lib/logs/retention";
import { metrics } from "@/lib/ops/metrics";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { freePort, startAppServer, type AppServer } from "./support/app-server";
import { unique } from "./support/cli";
import { startFaultyScimServer, type FaultRule } from "./support/faulty-scim-server";
import { baseUrl, closedPort, importRows, runCycleNow } from "./support/provisioning";
import { createScimOrg, ScimClient, type ScimOrg } from "./support/scim";

const METRICS_TOKEN = `metrics-${unique("t")}`;
const AUTH_LOG_LIMIT = 5;

/** The value of one sample in Prometheus text (0 when absent); `labels` must match exactly, in the order printed. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = m[2] ? m[2].split(/,(?=\w+=")/) : [];
    if (wanted.every((w) => have.includes(w)) && have.length === wanted.length) return Number(m[3]);
  }
  return 0;
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("metrics and logs of a running server", () => {
  let server: AppServer;
  let org: ScimOrg;
  let jobId: string;
  let client: ScimClient;

  const scrape = async () => {
    const res = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return res.text();
  };

  beforeAll(async () => {
    const port = await freePort();
    // A job due now whose lease was left behind by a runner that died: the server's scheduler takes it over and
    // provisions three users into this same server's SCIM endpoint.
    org = await createScimOrg({ tokenName: "Metrics provisioning" });
    const group = unique("Team");
    await importRows(
      org.orgId,
      [0, 1, 2].map((i) => ({ upn: `m${i}@${org.domain}`, displayName: `Metric ${i} User`, groups: [group] })),
    );
    const app = await createApp(
      org.orgId,
      {
        name: unique("Metrics"),
        kind: "custom",
        tenantUrl: `http://127.0.0.1:${port}/scim/v2`,
        secretToken: org.token,
      },
      { baseUrl: baseUrl(), actor: CLI_ACTOR },
    );
    await assignPrincipal(org.orgId, app.id, { type: "group", ref: group }, CLI_ACTOR);
    jobId = app.jobId;
    await prisma.provisioningJob.update({
      where: { id: jobId },
      data: {
        enabled: true,
        mode: "automatic",
        nextRunAt: new Date(0),
        leaseOwner: "app@crashed-host:1:dead",
        leaseUntil: new Date(Date.now() - 60_000),
      },
    });
    server = await startAppServer(
      {
        DATABASE_URL: inject("databaseUrl"),
        METRICS_TOKEN,
        ORG_CENTER_JOBS: "on",
        ORG_CENTER_JOBS_TICK_MS: "300",
        AUTH_FAILURE_LOG_LIMIT: String(AUTH_LOG_LIMIT),
        // Domain re-checks the scheduler also runs fail at once instead of waiting on resolvers.
        DNS_SERVERS: `127.0.0.1:${await closedPort()}`,
      },
      { port },
    );
    client = new ScimClient(org.token, false, `${server.baseUrl}/scim/v2`);
  });

  afterAll(async () => {
    await prisma.provisioningJob.update({ where: { id: jobId }, data: { enabled: false } }).catch(() => undefined);
    await server?.stop();
  });

  it("/metrics is off without METRICS_TOKEN, and wants the bearer token when it is set", async () => {
    expect(
      (await fetch(`${inject("baseUrl")}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status,
    ).toBe(404);
    const none = await fetch(`${server.baseUrl}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(
      (await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: "Bearer wrong-token" } })).status,
    ).toBe(401);
    const text = await scrape();
    // Node's default process metrics.
    expect(text).toContain("process_cpu_user_seconds_total");
    expect(text).toContain("nodejs_heap_size_used_bytes");
  });

  it("a provisioning cycle run by the app moves the cycle, object, takeover and log-row counters", async () => {
    await expect
      .poll(
        async () => (await prisma.provisioningCycle.findFirst({ where: { jobId, status: "completed" } }))?.id ?? null,
        { timeout: 45_000, interval: 250 },
      )
      .not.toBeNull();
    expect(await prisma.orgUser.count({ where: { orgId: org.orgId } })).toBe(3);
    await expect
      .poll(
        async () =>
          sample(await scrape(), "org_center_provisioning_cycles_total", { outcome: "completed", type: "initial" }),
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(1);
    const text = await scrape();
    expect(
      sample(text, "org_center_provisioning_cycle_duration_seconds_count", { outcome: "completed", type: "initial" }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, "org_center_provisioning_objects_total", {
        object_type: "user",
        action: "Create",
        status: "Success",
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, "org_center_job_lease_takeovers_total", { kind: "provisioning" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "org_center_log_rows_written_total", { log: "provisioning" })).toBeGreaterThanOrEqual(3);
    // The cycle's own SCIM calls reached this server: POST /Users answered 201.
    expect(
      sample(text, "org_center_scim_requests_total", { method: "POST", resource: "Users", status_class: "2xx" }),
    ).toBeGreaterThanOrEqual(3);
    // No label names an organization.
    expect(text).not.toContain(org.orgId);
    expect(text).not.toContain(org.domain);
  });

  it("SCIM requests move the request counters and latency histograms by method, resource and status class", async () => {
    const before = await scrape();
    const get2xx = { method: "GET", resource: "Users", status_class: "2xx" };
    const get4xx = { method: "GET", resource: "Groups", status_class: "4xx" };
    for (let i = 0; i < 3; i++) expect((await client.get("/Users?count=1")).status).toBe(200);
    expect((await client.get("/Groups/not-a-group")).status).toBe(404);
    await expect
      .poll(async () => sample(await scrape(), "org_center_log_rows_written_total", { log: "scim" }), { timeout: 5000 })
      .toBeGreaterThanOrEqual(sample(before, "org_center_log_rows_written_total", { log: "scim" }) + 4);
    const after = await scrape();
    expect(
      sample(after, "org_center_scim_requests_total", get2xx) -
        sample(before, "org_center_scim_requests_total", get2xx),
    ).toBe(3);
    expect(
      sample(after, "org_center_scim_requests_total", get4xx) -
        sample(before, "org_center_scim_requests_total", get4xx),
    ).toBe(1);
    expect(
      sample(after, "org_center_scim_request_duration_seconds_count", get2xx) -
        sample(before, "org_center_scim_request_duration_seconds_count", get2xx),
    ).toBe(3);
    expect(sample(after, "org_center_scim_request_duration_seconds_bucket", { ...get2xx, le: "+Inf" })).toBe(
      sample(after, "org_center_scim_request_duration_seconds_count", get2xx),
    );
  });

  it("returns X-Request-Id on SCIM answers and stores the same id with the inbound log entry", async () => {
    const given = unique("ops-req");
    const res = await client.get("/Users?count=1", { "x-request-id": given });
    expect(res.headers.get("x-request-id")).toBe(given);
    const generated = await client.get("/Users?count=2");
    const id = generated.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const requestId of [given, id]) {
      await expect
        .poll(() => requestLogDb.scimRequestLog.count({ where: { requestId, orgId: org.orgId } }), { timeout: 5000 })
        .toBe(1);
    }
  });

  it("logs rejected SCIM authentication as JSON with the client address and a token prefix, rate-limited, never the token", async () => {
    const secret = `wrongtoken${unique("s")}${"x".repeat(20)}`;
    const bad = new ScimClient(secret, false, `${server.baseUrl}/scim/v2`);
    const before = sample(await scrape(), "org_center_scim_auth_failures_total");
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await bad.get("/Users");
      expect(res.status).toBe(401);
      ids.push(res.headers.get("x-request-id")!);
    }
    expect(sample(await scrape(), "org_center_scim_auth_failures_total") - before).toBe(30);
    // Every stdout line is one JSON object (pino), Next's own messages included.
    const lines = jsonLines(server.stdout());
    const rejected = lines.filter((l) => l.event === "scim.auth_rejected" && ids.includes(String(l.requestId)));
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    expect(rejected.length).toBeLessThanOrEqual(AUTH_LOG_LIMIT);
    expect(rejected[0]).toMatchObject({
      level: 40,
      component: "scim",
      path: "/scim/v2/Users",
      tokenPrefix: `${secret.slice(0, 6)}…`,
    });
    expect(String(rejected[0]!.clientAddress)).toMatch(/127\.0\.0\.1/);
    expect(server.output()).not.toContain(secret);
    expect(server.output()).not.toContain(secret.slice(0, 12));
  });
});

describe("the engine's retry, 429, quarantine and purge counters", () => {
  let target: Awaited<ReturnType<typeof startFaultyScimServer>> | undefined;
  const saved = { ...process.env };
  beforeAll(() =>
    Object.assign(process.env, { PROVISIONING_RETRY_BASE_MS: "20", PROVISIONING_REQUEST_TIMEOUT_MS: "1000" }),
  );
  afterAll(() => {
    for (const key of ["PROVISIONING_RETRY_BASE_MS", "PROVISIONING_REQUEST_TIMEOUT_MS"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  const value = async (
    counter: { get: () => Promise<{ values: { labels: Record<string, unknown>; value: number }[] }> },
    labels: Record<string, string> = {},
  ) =>
    (await counter.get()).values
      .filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
      .reduce((sum, v) => sum + v.value, 0);

  async function faultyJob(users: number, fault: FaultRule | undefined, tenantUrl?: string) {
    target = await startFaultyScimServer({ token: "faulty-token", fault });
    const org = await createScimOrg();
    const group = unique("G");
    await importRows(
      org.orgId,
      Array.from({ length: users }, (_, i) => ({ upn: `f${i}@${org.domain}`, displayName: `F ${i}`, groups: [group] })),
    );
    const app = await createApp(
      org.orgId,
      { name: unique("Faulty"), kind: "custom", tenantUrl: tenantUrl ?? target.url, secretToken: "faulty-token" },
      { baseUrl: baseUrl(), actor: CLI_ACTOR },
    );
    await assignPrincipal(org.orgId, app.id, { type: "group", ref: group }, CLI_ACTOR);
    return app.jobId;
  }

  it("counts 429s and the retries after 429 and 5xx answers", async () => {
    const [throttled, r429, r5xx] = [
      await value(metrics.targetThrottled),
      await value(metrics.targetRetries, { reason: "429" }),
      await value(metrics.targetRetries, { reason: "5xx" }),
    ];
    let n = 0;
    const jobId = await faultyJob(2, ({ method }) => {
      if (method !== "POST") return undefined;
      n++;
      return n === 1 ? { status: 429, retryAfter: "0" } : n === 2 ? { status: 503 } : undefined;
    });
    const result = await runCycleNow(jobId);
    expect(result.counts.users).toMatchObject({ created: 2, failed: 0 });
    expect(await value(metrics.targetThrottled)).toBe(throttled + 1);
    expect(await value(metrics.targetRetries, { reason: "429" })).toBe(r429 + 1);
    expect(await value(metrics.targetRetries, { reason: "5xx" })).toBe(r5xx + 1);
  });

  it("counts a job's entry into quarantine once, and the failed cycle's outcome", async () => {
    const port = await closedPort();
    const jobId = await faultyJob(2, undefined, `http://127.0.0.1:${port}/scim`);
    const [quarantines, quarantinedCycles, networkRetries] = [
      await value(metrics.quarantines),
      await value(metrics.cycles, { outcome: "quarantined" }),
      await value(metrics.targetRetries, { reason: "network" }),
    ];
    const first = await runCycleNow(jobId);
    expect(first.status).toBe("quarantined");
    expect(await value(metrics.quarantines)).toBe(quarantines + 1);
    expect(await value(metrics.quarantines, { code: first.verdict!.code })).toBeGreaterThanOrEqual(1);
    expect(await value(metrics.cycles, { outcome: "quarantined" })).toBe(quarantinedCycles + 1);
    expect(await value(metrics.targetRetries, { reason: "network" })).toBeGreaterThan(networkRetries);
    // Still in quarantine after another cycle: not counted again.
    expect((await runCycleNow(jobId)).status).toBe("quarantined");
    expect(await value(metrics.quarantines)).toBe(quarantines + 1);
  });

  it("counts the log rows retention purges", async () => {
    const org = await createScimOrg();
    await prisma.organization.update({ where: { id: org.orgId }, data: { logRetentionDays: 1 } });
    const old = new Date(Date.now() - 3 * 86_400_000);
    await requestLogDb.scimRequestLog.createMany({
      data: [0, 1, 2].map((i) => ({
        orgId: org.orgId,
        at: old,
        method: "GET",
        path: `/scim/v2/Users/${i}`,
        status: 200,
        durationMs: 1,
      })),
    });
    const before = await value(metrics.logRowsPurged, { log: "scim" });
    const summary = await purgeExpiredLogs(new Date());
    expect(summary.scim).toBeGreaterThanOrEqual(3);
    expect(await value(metrics.logRowsPurged, { log: "scim" })).toBe(before + summary.scim);
    expect(await requestLogDb.scimRequestLog.count({ where: { orgId: org.orgId } })).toBe(0);
  });
});
