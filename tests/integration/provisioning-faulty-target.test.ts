// Real cycles against a deliberately faulty SCIM server on loopback: 429 with Retry-After pauses the whole target,
// 5xx and timeouts are retried with backoff, concurrency stays under the per-target limit, and a target that does
// not speak SCIM (or cannot be reached) quarantines the job.
import { afterEach, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { createScimOrg } from "./support/scim";
import { unique } from "./support/cli";
import { baseUrl, closedPort, importRows, logEntries, runCycleNow } from "./support/provisioning";
import { startFaultyScimServer, type Fault, type FaultRule } from "./support/faulty-scim-server";

Object.assign(process.env, {
  PROVISIONING_RETRY_BASE_MS: "50",
  PROVISIONING_REQUEST_TIMEOUT_MS: "500",
  PROVISIONING_TARGET_CONCURRENCY: "3",
});

let server: Awaited<ReturnType<typeof startFaultyScimServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function scenario(users: number, fault?: FaultRule, tenantUrl?: string) {
  server = await startFaultyScimServer({ token: "faulty-token", fault });
  const org = await createScimOrg();
  const group = unique("G");
  await importRows(
    org.orgId,
    Array.from({ length: users }, (_, i) => ({ upn: `u${i}@${org.domain}`, displayName: `U ${i}`, groups: [group] })),
  );
  const app = await createApp(
    org.orgId,
    { name: unique("Faulty"), kind: "custom", tenantUrl: tenantUrl ?? server.url, secretToken: "faulty-token" },
    { baseUrl: baseUrl(), actor: CLI_ACTOR },
  );
  await assignPrincipal(org.orgId, app.id, { type: "group", ref: group }, CLI_ACTOR);
  return { org, jobId: app.jobId, srv: server };
}

const userName = (body: unknown) => (body as { userName?: string } | undefined)?.userName ?? "";

describe("provisioning against a faulty SCIM server", () => {
  it("waits out 429 Retry-After, holding every request to the target, then succeeds", async () => {
    let throttled = 0;
    const { jobId, srv } = await scenario(4, ({ method, path }) =>
      method === "POST" && path === "/scim/Users" && throttled++ < 2 ? { status: 429, retryAfter: "2" } : undefined,
    );
    const result = await runCycleNow(jobId);
    expect(result.counts.users).toMatchObject({ created: 4, failed: 0 });
    const first429 = srv.received.find((r) => r.answered === 429)!;
    // Once the client has read the 429 (allow 500 ms for that on a busy machine), nothing reaches the target until
    // its Retry-After (2 s) has passed.
    const t = first429.answeredAt;
    expect(
      srv.received.filter((r) => r.at > t + 500 && r.at < t + 1950).map((r) => `${r.method} ${r.path} +${r.at - t}ms`),
    ).toEqual([]);
    expect(srv.received.some((r) => r.at >= t + 1950)).toBe(true);
    expect(srv.store.Users.size).toBe(4);
  });

  it("retries 5xx with backoff; an object that keeps failing is logged as a failure, the cycle goes on", async () => {
    const failures = new Map<string, number>();
    const { jobId, srv } = await scenario(3, ({ method, body }) => {
      const name = userName(body);
      if (method !== "POST" || !name) return undefined;
      const n = (failures.get(name) ?? 0) + 1;
      failures.set(name, n);
      if (name.startsWith("u0@")) return { status: 503 };
      if (name.startsWith("u1@") && n <= 2) return { status: 500 };
      return undefined;
    });
    const result = await runCycleNow(jobId);
    expect(result.status).toBe("completed");
    expect(result.counts.users).toMatchObject({ created: 2, failed: 1 });
    expect([...failures.entries()].filter(([k]) => k.startsWith("u1@"))[0]![1]).toBe(3);
    expect([...failures.entries()].filter(([k]) => k.startsWith("u0@"))[0]![1]).toBe(4);
    const failed = (await logEntries(result.cycleId)).find((e) => e.status === "Failure")!;
    expect(failed).toMatchObject({
      action: "Create",
      errorCode: "SystemForCrossDomainIdentityManagementServiceUnavailable",
    });
    expect(failed.recommendation).toMatch(/retried in the next cycle/);
    expect(srv.store.Users.size).toBe(2);
    // The failed user is retried by the next (incremental) cycle.
    failures.clear();
    const state = await prisma.provisioningObjectState.findMany({ where: { jobId, needsSync: true } });
    expect(state).toHaveLength(1);
  });

  it("abandons a slow answer at the timeout and retries it", async () => {
    let slowed = 0;
    const { jobId, srv } = await scenario(1, ({ method }): Fault | undefined =>
      method === "GET" && slowed++ === 0 ? { delayMs: 1500 } : undefined,
    );
    const result = await runCycleNow(jobId);
    expect(result.counts.users).toMatchObject({ created: 1, failed: 0 });
    const gets = srv.received.filter((r) => r.method === "GET" && r.query.includes("userName"));
    expect(gets.length).toBe(2);
    expect(gets[1]!.at - gets[0]!.at).toBeGreaterThanOrEqual(450);
  });

  it("keeps at most PROVISIONING_TARGET_CONCURRENCY requests in flight", async () => {
    const { jobId, srv } = await scenario(12, () => ({ delayMs: 40 }));
    const result = await runCycleNow(jobId);
    expect(result.counts.users.created).toBe(12);
    expect(srv.peak()).toBe(3);
  });

  it("quarantines a target that answers with an HTML page, keeping the failing request", async () => {
    const { jobId, srv } = await scenario(2, () => ({ html: true }));
    const result = await runCycleNow(jobId);
    expect(result.status).toBe("quarantined");
    expect(result.verdict?.code).toBe("SystemForCrossDomainIdentityManagementServiceIncompatible");
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.quarantinedAt).not.toBeNull();
    expect(job.quarantineRequest).toMatchObject({ method: "GET", path: "/Users", status: 200 });
    expect(job.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);
    expect(srv.store.Users.size).toBe(0);
  });

  it("quarantines an unreachable target after the retries", async () => {
    const { jobId } = await scenario(1, undefined, `http://127.0.0.1:${await closedPort()}/scim`);
    const result = await runCycleNow(jobId);
    expect(result.verdict?.code).toBe("SystemForCrossDomainIdentityManagementConnectionFailure");
  });
});
