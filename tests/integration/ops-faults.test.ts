// Faults on purpose (issue 14 item 6), real processes and real HTTP: the app SIGKILLed in the middle of a 5,000-user
// initial cycle it runs itself; a target that fails 20% of requests at random in every way a network can; a target
// that fails everything (quarantine, the email over real SMTP, recovery).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { privateDatabase, startAppProcess, waitFor, type AppProcess, removePrivateData } from "./support/app-process";
import { startFaultyScimServer, type Fault, type FaultRule } from "./support/faulty-scim-server";
import { runCycleNow } from "./support/provisioning";
import { startSmtpSink } from "./support/smtp-sink";
import { targetScenario } from "./support/target-scenario";

const sharedUrl = process.env.DATABASE_URL;
const TOKEN = "target-token";
let app: AppProcess | undefined;
let target: Awaited<ReturnType<typeof startFaultyScimServer>> | undefined;
const savedEnv = { ...process.env };

beforeAll(async () => {
  process.env.DATABASE_URL = await privateDatabase("faults");
});
afterEach(async () => {
  app?.child.kill("SIGKILL");
  app = undefined;
  await target?.close();
  target = undefined;
  for (const key of [
    "PROVISIONING_RETRY_BASE_MS",
    "PROVISIONING_REQUEST_TIMEOUT_MS",
    "PROVISIONING_MAX_ATTEMPTS",
    "PROVISIONING_MAX_RETRY_AFTER_MS",
    "PROVISIONING_TARGET_CONCURRENCY",
    "SMTP_URL",
  ]) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});
afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = sharedUrl;
  await removePrivateData();
});

const names = () => [...target!.store.Users.values()].map((u) => String(u.userName).toLowerCase());

describe("the app killed (SIGKILL) in the middle of a 5,000-user initial cycle", () => {
  it("resumes the cycle after a restart; the target holds every user exactly once and no entry failed", async () => {
    const USERS = 5000;
    target = await startFaultyScimServer({ token: TOKEN });
    const s = await targetScenario({ users: USERS, tenantUrl: target.url, token: TOKEN, automatic: true });
    const env = {
      ORG_CENTER_JOBS: "on",
      ORG_CENTER_JOBS_TICK_MS: "250",
      PROVISIONING_LEASE_MS: "3000",
      PROVISIONING_TARGET_CONCURRENCY: "16",
    };
    app = await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env });
    const running = await waitFor(
      () => prisma.provisioningCycle.findFirst({ where: { jobId: s.jobId } }),
      (c) => (c?.processedUsers ?? 0) >= 1000,
      { timeoutMs: 300_000, everyMs: 500, what: "the cycle to pass 1,000 users" },
    );
    app.child.kill("SIGKILL");
    expect(await app.exited).toBeNull();
    const killed = await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: running!.id } });
    expect(killed).toMatchObject({ status: "running", type: "initial" });
    expect(killed.processedUsers).toBeLessThan(USERS);

    app = await startAppProcess({ databaseUrl: process.env.DATABASE_URL!, env });
    const finished = await waitFor(
      () => prisma.provisioningCycle.findUniqueOrThrow({ where: { id: killed.id } }),
      (c) => c.status !== "running",
      { timeoutMs: 480_000, everyMs: 500, what: "the resumed cycle" },
    );
    expect(finished).toMatchObject({ status: "completed", processedUsers: USERS, processedGroups: 1 });
    expect(finished.resumedCount).toBeGreaterThanOrEqual(1);
    expect((finished.counts as { users: { failed: number } }).users.failed).toBe(0);
    expect(await prisma.provisioningLogEntry.count({ where: { cycleId: killed.id, status: "Failure" } })).toBe(0);
    const all = names();
    expect(all).toHaveLength(USERS);
    expect(new Set(all).size).toBe(USERS);
    const [group] = [...target.store.Groups.values()];
    expect(target.store.Groups.size).toBe(1);
    expect(new Set(group!.members!.map((m) => m.value)).size).toBe(USERS);
  }, 900_000);
});

/** 20% of requests fail, at random (seeded), as 429 with and without Retry-After, 500, 503, a timeout or a reset
 * connection — but never more than `streak` times in a row for one request, so each succeeds within its retries. */
function flaky(seed: number, streak: number): FaultRule {
  let x = seed;
  const random = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kinds: Fault[] = [
    { status: 429, retryAfter: "1" },
    { status: 429 },
    { status: 500 },
    { status: 503 },
    { delayMs: 700 },
    { reset: true },
  ];
  const failures = new Map<string, number>();
  return ({ method, path, query, body }) => {
    const key = `${method} ${path}${query} ${JSON.stringify(body ?? null)}`;
    const n = failures.get(key) ?? 0;
    if (n < streak && random() < 0.2) {
      failures.set(key, n + 1);
      return kinds[Math.floor(random() * kinds.length)];
    }
    failures.delete(key);
    return undefined;
  };
}

type LoggedRequest = { method: string; path: string; attempt: number; status?: number; error?: string };

describe("a target that fails 20% of requests at random", () => {
  it("completes the cycle with the right final state, retries within the configured bounds, and logs every retry", async () => {
    const USERS = 120;
    Object.assign(process.env, {
      PROVISIONING_RETRY_BASE_MS: "20",
      PROVISIONING_REQUEST_TIMEOUT_MS: "400",
      PROVISIONING_MAX_ATTEMPTS: "4",
      // Each Retry-After: 1 pauses the whole target; honouring it in full (unit-tested in retry.test.ts) made this
      // cycle wait ~10 s. Clamped, the 429s are still retried and logged like the rest.
      PROVISIONING_MAX_RETRY_AFTER_MS: "150",
      PROVISIONING_TARGET_CONCURRENCY: "8",
    });
    target = await startFaultyScimServer({ token: TOKEN, uniqueNames: true, fault: flaky(14, 3) });
    const s = await targetScenario({ users: USERS, tenantUrl: target.url, token: TOKEN });
    const result = await runCycleNow(s.jobId);

    expect(result.status).toBe("completed");
    expect(result.counts.users.failed).toBe(0);
    expect(result.counts.groups.failed).toBe(0);
    const all = names();
    expect(all.sort()).toEqual(Array.from({ length: USERS }, (_, i) => s.upn(i).toLowerCase()).sort());
    const [group] = [...target.store.Groups.values()];
    expect(target.store.Groups.size).toBe(1);
    expect(new Set(group!.members!.map((m) => m.value))).toEqual(new Set(target.store.Users.keys()));

    // Every kind of fault happened, and each faulted request was retried.
    const faulted = target.received.filter((r) => r.fault);
    const kinds = new Set(
      faulted.map((r) =>
        r.fault!.reset
          ? "reset"
          : r.fault!.delayMs
            ? "timeout"
            : `${r.fault!.status}${r.fault!.retryAfter ? "+Retry-After" : ""}`,
      ),
    );
    expect([...kinds].sort()).toEqual(["429", "429+Retry-After", "500", "503", "reset", "timeout"]);
    expect(faulted.length / target.received.length).toBeGreaterThan(0.1);

    // Within the bounds: per log entry and request, never more attempts than PROVISIONING_MAX_ATTEMPTS allows for
    // 5xx, timeouts and resets (429s have their own budget of 8).
    const entries = await prisma.provisioningLogEntry.findMany({
      where: { cycleId: result.cycleId },
      select: { changeId: true, requestIds: true, status: true },
    });
    const logged = new Map(
      entries.map((e) => [e.changeId, (e.requestIds as { requests?: LoggedRequest[] } | null)?.requests ?? []]),
    );
    for (const requests of logged.values()) {
      const retries = new Map<string, LoggedRequest[]>();
      for (const r of requests)
        retries.set(`${r.method} ${r.path}`, [...(retries.get(`${r.method} ${r.path}`) ?? []), r]);
      for (const attempts of retries.values()) {
        expect(attempts.filter((a) => a.status !== 429).length).toBeLessThanOrEqual(4 + 1); // a create after 409 matches again
        expect(attempts.filter((a) => a.status === 429).length).toBeLessThan(8);
      }
    }
    // The log shows each retry: every request the target received is in its entry, with its answer or error.
    for (const received of target.received) {
      const requests = logged.get(received.requestId ?? "");
      expect(requests, `${received.method} ${received.path} has no log entry`).toBeDefined();
      const sent = target.received.filter(
        (r) => r.requestId === received.requestId && r.method === received.method && r.path === received.path,
      ).length;
      const inLog = requests!.filter(
        (r) => r.method === received.method && r.path.split("?")[0] === received.path.replace(/^\/scim/, ""),
      );
      expect(inLog.length, `${received.method} ${received.path}`).toBe(sent);
    }
    const failedAttempts = [...logged.values()].flat().filter((r) => r.error || (r.status ?? 0) >= 429);
    expect(failedAttempts.some((r) => /No answer within 400 ms/.test(r.error ?? ""))).toBe(true);
    expect(failedAttempts.some((r) => r.status === 503)).toBe(true);
  }, 300_000);
});

describe("a target that fails everything", () => {
  it("quarantines the job after one cycle, mails the notification over SMTP, and recovers when the target does", async () => {
    const smtp = await startSmtpSink();
    try {
      Object.assign(process.env, {
        SMTP_URL: smtp.url,
        PROVISIONING_RETRY_BASE_MS: "10",
        PROVISIONING_MAX_ATTEMPTS: "2",
      });
      let broken = true;
      target = await startFaultyScimServer({ token: TOKEN, fault: () => (broken ? { status: 503 } : undefined) });
      const s = await targetScenario({
        users: 12,
        tenantUrl: target.url,
        token: TOKEN,
        notificationEmail: "ops@example.com",
      });
      const failed = await runCycleNow(s.jobId);
      expect(failed.status).toBe("quarantined");
      const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
      expect(job.quarantinedAt).not.toBeNull();
      expect(job.quarantineLevel).toBe(1);
      // Escalating retry interval: the next attempt is twice the 40-minute interval away.
      expect(job.nextRunAt!.getTime() - job.lastCycleFinishedAt!.getTime()).toBe(80 * 60_000);
      expect(target.store.Users.size).toBe(0);

      const mail = await waitFor(
        async () => smtp.received.filter((m) => m.to.includes("ops@example.com") && /quarantine/i.test(m.raw)),
        (m) => m.length >= 1,
        { timeoutMs: 10_000, what: "the quarantine email" },
      );
      expect(mail[0]!.raw).toContain("Error code: MostRequestsFailed");
      expect(mail[0]!.raw).not.toContain(TOKEN);

      // Still failing: still in quarantine, one level up, and no second quarantine email.
      const again = await runCycleNow(s.jobId);
      expect(again.status).toBe("quarantined");
      expect((await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } })).quarantineLevel).toBe(2);

      broken = false;
      const recovered = await runCycleNow(s.jobId);
      expect(recovered.status).toBe("completed");
      expect(recovered.counts.users.created).toBe(12);
      expect(await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } })).toMatchObject({
        quarantinedAt: null,
        quarantineLevel: 0,
        quarantineReason: null,
      });
      expect(smtp.received.filter((m) => /Subject: .*quarantine/i.test(m.raw))).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  }, 120_000);
});
