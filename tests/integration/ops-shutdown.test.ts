// Graceful shutdown (issue 14 item 4): SIGTERM to an app process in the middle of a SCIM write burst and of a
// provisioning cycle it runs itself. Every acknowledged write is stored and logged, the process exits 0 with the
// cycle's lease handed back, and the restarted process completes the same cycle with nobody created twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, prisma, requestLogDb } from "@/lib/db/client";
import { privateDatabase, startAppProcess, waitFor, type AppProcess, removePrivateData } from "./support/app-process";
import { startFaultyScimServer } from "./support/faulty-scim-server";
import { ScimClient, USER_SCHEMA } from "./support/scim";
import { targetScenario } from "./support/target-scenario";

const USERS = 1000;
const sharedUrl = process.env.DATABASE_URL;
let app: AppProcess | undefined;
let target: Awaited<ReturnType<typeof startFaultyScimServer>> | undefined;

beforeAll(async () => {
  process.env.DATABASE_URL = await privateDatabase("shutdown");
});
afterAll(async () => {
  app?.child.kill("SIGKILL");
  await target?.close();
  await disconnectPrisma();
  process.env.DATABASE_URL = sharedUrl;
  await removePrivateData();
});

const APP_ENV = {
  ORG_CENTER_JOBS: "on",
  ORG_CENTER_JOBS_TICK_MS: "200",
  PROVISIONING_LEASE_MS: "120000",
  PROVISIONING_TARGET_CONCURRENCY: "4",
};

type Ack = { userName: string; requestId: string };

/** Writers POSTing users until the app stops answering; returns the writes it acknowledged with 201. */
function writeBurst(client: ScimClient, domain: string, writers: number) {
  const acked: Ack[] = [];
  const refused: string[] = [];
  let n = 0;
  const done = Promise.all(
    Array.from({ length: writers }, async () => {
      for (;;) {
        const i = n++;
        const userName = `burst${i}@${domain}`;
        const requestId = `burst-${i}-${Date.now()}`;
        try {
          const res = await client.post(
            "/Users",
            { schemas: [USER_SCHEMA], userName, active: true, name: { givenName: "Burst", familyName: String(i) } },
            { "client-request-id": requestId },
          );
          if (res.status === 201) acked.push({ userName, requestId });
          else refused.push(`${res.status} ${res.text}`);
        } catch {
          return; // the listener is closed: the process is going away
        }
      }
    }),
  );
  return { acked, refused, done };
}

describe("SIGTERM", () => {
  it("finishes in-flight writes, flushes the request log and hands the cycle back; a restart completes it without duplicates", async () => {
    target = await startFaultyScimServer({ token: "target-token", fault: () => ({ delayMs: 10 }) });
    const s = await targetScenario({ users: USERS, tenantUrl: target.url, token: "target-token", automatic: true });
    app = await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env: APP_ENV });
    const client = new ScimClient(s.token, false, `${app.baseUrl}/scim/v2`);

    const burst = writeBurst(client, s.domain, 4);
    const running = await waitFor(
      () => prisma.provisioningCycle.findFirst({ where: { jobId: s.jobId } }),
      (c) => (c?.processedUsers ?? 0) >= 100,
      { what: "the cycle to pass 100 users" },
    );
    await waitFor(
      async () => burst.acked.length,
      (n) => n >= 20,
      { what: "20 acknowledged writes" },
    );
    app.child.kill("SIGTERM");
    const code = await app.exited;
    await burst.done;
    expect(code, app.output()).toBe(0);
    expect(app.output()).toContain("SIGTERM received");
    expect(burst.refused).toEqual([]);

    // Every acknowledged write is stored, and nothing was stored that the client was not told about.
    const stored = await prisma.orgUser.findMany({
      where: { orgId: s.orgId, userNameLower: { startsWith: "burst" } },
      select: { userNameLower: true },
    });
    expect(stored.map((u) => u.userNameLower).sort()).toEqual(burst.acked.map((a) => a.userName.toLowerCase()).sort());
    // Every acknowledged request is in the inbound request log (the batch was flushed before exit).
    const logged = await requestLogDb.scimRequestLog.findMany({
      where: { requestId: { in: burst.acked.map((a) => a.requestId) } },
      select: { requestId: true, status: true },
    });
    expect(logged).toHaveLength(burst.acked.length);
    expect(logged.every((l) => l.status === 201)).toBe(true);

    // The cycle stopped at a batch boundary, everything it did is logged, and its lease was handed back.
    const cycle = await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: running!.id } });
    expect(cycle.status).toBe("running");
    expect(cycle.processedUsers).toBeLessThan(USERS);
    expect(cycle.processedUsers % 100).toBe(0);
    expect(await prisma.provisioningLogEntry.count({ where: { cycleId: cycle.id, objectType: "User" } })).toBe(
      cycle.processedUsers,
    );
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(job).toMatchObject({ leaseOwner: null, leaseUntil: null, currentCycleId: cycle.id });
    expect(job.nextRunAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(target.store.Users.size).toBe(cycle.processedUsers);

    // Restarted, the process resumes the same cycle at once (no lease to wait out) and completes it.
    app = await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env: APP_ENV });
    const finished = await waitFor(
      () => prisma.provisioningCycle.findUniqueOrThrow({ where: { id: cycle.id } }),
      (c) => c.status !== "running",
      { timeoutMs: 120_000, what: "the resumed cycle" },
    );
    expect(finished).toMatchObject({ status: "completed", resumedCount: 1, processedUsers: USERS });
    expect((finished.counts as { users: { failed: number } }).users.failed).toBe(0);
    const names = [...target.store.Users.values()].map((u) => String(u.userName).toLowerCase());
    expect(names).toHaveLength(USERS);
    expect(new Set(names).size).toBe(USERS);
    const entries = await prisma.provisioningLogEntry.findMany({
      where: { cycleId: cycle.id, objectType: "User" },
      select: { sourceId: true, status: true },
    });
    expect(entries).toHaveLength(USERS);
    expect(new Set(entries.map((e) => e.sourceId)).size).toBe(USERS);
    expect(entries.every((e) => e.status === "Success")).toBe(true);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    app = undefined;
  }, 240_000);
});
