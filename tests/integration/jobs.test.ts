// Background jobs: lease exclusivity (in one process and across two worker processes), expired leases taken
// over, failures recorded, and the app's instrumentation hook starting the scheduler.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { prisma } from "@/lib/db/client";
import { claimLease, releaseLease } from "@/lib/jobs/lease";
import { defineJob } from "@/lib/jobs/define-job";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { ALL_JOBS } from "@/lib/jobs/all-jobs";
import { currentScheduler } from "@/lib/jobs/scheduler";
import { addDomain } from "@/lib/domains/add-domain";
import { REMINDER_KIND } from "@/lib/domains/send-expiry-reminders";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { startDnsServer, type TestDnsServer } from "./support/dns-server";
import { unique } from "./support/cli";

const root = path.resolve(import.meta.dirname, "../..");
const MINUTE = 60_000;
let dns: TestDnsServer;

beforeAll(async () => {
  dns = await startDnsServer();
  process.env.DNS_SERVERS = dns.server;
  process.env.DOMAIN_VERIFY_HTTP_PORT = "1";
});
afterAll(async () => {
  delete process.env.DNS_SERVERS;
  delete process.env.DOMAIN_VERIFY_HTTP_PORT;
  await dns.close();
});

/** Makes every registered job due now, whatever earlier runs scheduled. */
async function makeAllDue() {
  await prisma.jobLease.updateMany({
    where: { name: { in: ALL_JOBS.map((j) => j.name) } },
    data: { nextRunAt: new Date(0), leaseUntil: new Date(0), owner: null },
  });
}

describe("leases", () => {
  it("lets exactly one of many simultaneous claimants win", async () => {
    const name = `test.${unique("race")}`;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => claimLease(name, `owner-${i}`, { now, ttlMs: MINUTE })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const row = await prisma.jobLease.findUniqueOrThrow({ where: { name } });
    expect(row.owner).toBe(`owner-${results.indexOf(true)}`);
  });

  it("frees a crashed owner's lease when it expires, and the late owner cannot release the new holder's", async () => {
    const name = `test.${unique("crash")}`;
    const t = new Date();
    expect(await claimLease(name, "crashed", { now: t, ttlMs: MINUTE })).toBe(true);
    expect(await claimLease(name, "other", { now: new Date(t.getTime() + MINUTE - 1), ttlMs: MINUTE })).toBe(false);
    expect(await claimLease(name, "other", { now: new Date(t.getTime() + MINUTE), ttlMs: MINUTE })).toBe(true);
    expect(await releaseLease(name, "crashed", { now: t, nextRunAt: t })).toBe(false);
    expect((await prisma.jobLease.findUniqueOrThrow({ where: { name } })).owner).toBe("other");
  });

  it("runs a job once per interval across two runners, and records a failure with an earlier retry", async () => {
    let ran = 0;
    const counted = defineJob(`test.${unique("count")}`, 10 * MINUTE, async () => {
      ran++;
      await new Promise((r) => setTimeout(r, 50));
      return "done";
    });
    const failing = defineJob(`test.${unique("fail")}`, 60 * MINUTE, async () => {
      throw new Error("boom");
    });
    const t = new Date();
    const [a, b] = await Promise.all([
      runDueJobs({ owner: "runner-a", jobs: [counted, failing], now: t }),
      runDueJobs({ owner: "runner-b", jobs: [counted, failing], now: t }),
    ]);
    expect(ran).toBe(1);
    expect([...a, ...b].map((r) => r.name).sort()).toEqual([counted.name, failing.name].sort());

    await runDueJobs({ owner: "runner-a", jobs: [counted], now: new Date(t.getTime() + 9 * MINUTE) });
    expect(ran).toBe(1);
    await runDueJobs({ owner: "runner-b", jobs: [counted], now: new Date(t.getTime() + 10 * MINUTE) });
    expect(ran).toBe(2);
    const row = await prisma.jobLease.findUniqueOrThrow({ where: { name: counted.name } });
    expect(row).toMatchObject({ owner: null, runs: 2, lastOwner: "runner-b", lastSummary: "done", lastError: null });

    const failed = await prisma.jobLease.findUniqueOrThrow({ where: { name: failing.name } });
    expect(failed.lastError).toBe("boom");
    expect(failed.nextRunAt).toEqual(new Date(t.getTime() + 5 * MINUTE));
  });
});

function runWorker(env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "lib/jobs/worker-main.ts", "--once"],
      { cwd: root, env: { ...process.env, ORG_CENTER_JOBS: "off", ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

describe("two worker processes (npm run worker -- --once) on one database", () => {
  it("run each job once between them: the domain is verified once and the reminder sent once", async () => {
    const org = await prisma.organization.create({ data: { name: "Workers", slug: unique("workers") } });
    const now = Date.now();
    const ready = await addDomain(org.id, `${unique("ready")}.test`, CLI_ACTOR, new Date(now - 10 * MINUTE));
    dns.set(ready.name, { txt: [[ready.code]] });
    const late = await addDomain(org.id, `${unique("late")}.test`, CLI_ACTOR, new Date(now - 9 * 86_400_000));
    await prisma.account.create({
      data: {
        email: `${unique("owner")}@workers.test`,
        name: "W",
        passwordHash: "x",
        memberships: { create: { orgId: org.id, role: "admin" } },
      },
    });
    await makeAllDue();
    const before = await prisma.jobLease.findMany({ where: { name: { in: ALL_JOBS.map((j) => j.name) } } });
    const runsBefore = Object.fromEntries(before.map((r) => [r.name, r.runs]));

    const [first, second] = await Promise.all([runWorker(), runWorker()]);
    const reported = `${first.stdout}\n${second.stdout}`;
    const why = `${reported}\n${first.stderr}\n${second.stderr}`;

    // Every registered job ran exactly once between the two processes (whichever won its lease).
    const after = await prisma.jobLease.findMany({ where: { name: { in: ALL_JOBS.map((j) => j.name) } } });
    for (const job of after) expect(job.runs - (runsBefore[job.name] ?? 0), `${job.name}\n${why}`).toBe(1);
    for (const job of ALL_JOBS) expect(reported.split(`${job.name}: `).length - 1, `${job.name}\n${why}`).toBe(1);
    for (const name of ["domains.expire-and-remind", "domains.recheck-pending", "domains.recheck-verified"])
      expect(reported, why).toContain(`${name}: ok`);

    expect((await prisma.domain.findUniqueOrThrow({ where: { id: ready.id } })).status).toBe("verified");
    expect(await prisma.auditEvent.count({ where: { targetId: ready.id, action: "domain.verify" } })).toBe(1);
    expect(
      await prisma.mailMessage.count({
        where: { orgId: org.id, kind: REMINDER_KIND, subject: { contains: late.name } },
      }),
    ).toBe(1);
  }, 90_000);
});

describe("npm run worker on a database that was never migrated", () => {
  it("says so and what to run, and exits 1 without a stack trace", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-worker-"));
    try {
      const { code, stdout, stderr } = await runWorker({ DATABASE_URL: `file:${path.join(dir, "empty.db")}` });
      const output = `${stdout}\n${stderr}`;
      expect(code, output).toBe(1);
      expect(output).toContain("Org Center worker cannot start: migrations are not applied");
      expect(output).toContain("npx org-center db migrate");
      expect(output).not.toMatch(/P2021|\n\s+at /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("instrumentation.ts (the app process)", () => {
  it("starts the scheduler in the Node.js runtime unless ORG_CENTER_JOBS=off", async () => {
    const { register } = await import("@/instrumentation");
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      process.env.ORG_CENTER_JOBS = "off";
      await register();
      expect(currentScheduler()).toBeUndefined();

      delete process.env.ORG_CENTER_JOBS;
      await makeAllDue();
      await register();
      const scheduler = currentScheduler();
      expect(scheduler?.owner).toMatch(/^app@/);
      const names = ALL_JOBS.map((j) => j.name);
      await expect
        .poll(
          async () =>
            prisma.jobLease.count({
              where: { name: { in: names }, lastOwner: scheduler!.owner, lastFinishedAt: { not: null } },
            }),
          { timeout: 20_000 },
        )
        .toBe(names.length);
      await scheduler!.stop();
      expect(currentScheduler()).toBeUndefined();
    } finally {
      delete process.env.NEXT_RUNTIME;
      delete process.env.ORG_CENTER_JOBS;
      await currentScheduler()?.stop();
    }
  }, 30_000);
});
