// Provisioning cycles spread over app processes through the job lease (issue 13 item 3), on PostgreSQL with two
// real processes running background jobs: never both on one app's cycle, and when the one running it is killed
// with SIGKILL mid-cycle, the other claims the expired lease and finishes it: nobody created twice, and a change
// made during the cycle is not lost (the watermark does not pass it; the next cycle sends it).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { waitFor } from "./support/app-process";
import { appProcesses, leaseOwnerPid, onPostgres, sampleLeaseOwners } from "./support/app-processes";
import { importRows } from "./support/provisioning";
import { targetScenario } from "./support/target-scenario";

const USERS = 600;
const LEASE_MS = 3_000;

const APP_ENV = {
  ORG_CENTER_JOBS: "on",
  ORG_CENTER_JOBS_TICK_MS: "200",
  PROVISIONING_LEASE_MS: String(LEASE_MS),
  PROVISIONING_TARGET_CONCURRENCY: "4",
};

describe.runIf(onPostgres)("provisioning cycles across two processes (PostgreSQL)", () => {
  const cluster = appProcesses("cluster_lease");
  const { apps } = cluster;

  it("one process runs a cycle at a time; SIGKILLed mid-cycle, the other finishes it with no duplicate and no lost change", async () => {
    const target = await cluster.target();
    const s = await targetScenario({ users: USERS, tenantUrl: target.url, token: "target-token", automatic: true });
    await cluster.start(APP_ENV);
    await cluster.start(APP_ENV);
    const pids = apps.map((a) => a.child.pid!);

    // Every owner seen holding the job's lease, in order, sampled until the cycle ends.
    const sampler = sampleLeaseOwners(s.jobId);

    const running = await waitFor(
      () => prisma.provisioningCycle.findFirst({ where: { jobId: s.jobId } }),
      (c) => (c?.processedUsers ?? 0) >= 100,
      { what: "the cycle to pass 100 users" },
    );
    // A change to a user the cycle has already sent: it must reach the target by the next cycle.
    await importRows(s.orgId, [
      { upn: s.upn(0), displayName: "User 0 Test", department: "Changed Mid Cycle", groups: [s.group] },
    ]);

    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    const victim = apps.find((a) => a.child.pid === leaseOwnerPid(job.leaseOwner));
    expect(victim, `lease owner ${job.leaseOwner}, app pids ${pids}`).toBeDefined();
    victim!.child.kill("SIGKILL");
    await victim!.exited;
    const survivor = apps.find((a) => a !== victim)!;

    const finished = await waitFor(
      () => prisma.provisioningCycle.findUniqueOrThrow({ where: { id: running!.id } }),
      (c) => c.status !== "running",
      { timeoutMs: 120_000, what: "the cycle to be finished by the other process" },
    );
    const holders = await sampler.stop();
    expect(finished).toMatchObject({ status: "completed", processedUsers: USERS });
    expect(finished.resumedCount).toBeGreaterThanOrEqual(1);
    // The killed process held the lease, then the survivor (its lease once renewed in time); never back and forth.
    const byProcess = holders.map(leaseOwnerPid).filter((pid, i, all) => pid !== all[i - 1]);
    expect(byProcess).toEqual([victim!.child.pid, survivor.child.pid]);

    // No duplicate in the target, one log entry per user (a batch run twice at once would log twice).
    const names = [...target.store.Users.values()].map((u) => String(u.userName).toLowerCase());
    expect(names).toHaveLength(USERS);
    expect(new Set(names).size).toBe(USERS);
    const entries = await prisma.provisioningLogEntry.findMany({
      where: { cycleId: finished.id, objectType: "User" },
      select: { sourceId: true, status: true },
    });
    expect(entries).toHaveLength(USERS);
    expect(new Set(entries.map((e) => e.sourceId)).size).toBe(USERS);
    expect(entries.filter((e) => e.status === "Failure")).toEqual([]);
    expect(target.received.filter((r) => r.method === "POST" && r.answered === 409)).toEqual([]);

    // The next cycle (incremental) sends the change made during the first one.
    await prisma.provisioningJob.update({ where: { id: s.jobId }, data: { nextRunAt: new Date() } });
    const next = await waitFor(
      () =>
        prisma.provisioningCycle.findFirst({
          where: { jobId: s.jobId, id: { not: finished.id } },
          orderBy: { startedAt: "desc" },
        }),
      (c) => c !== null && c.status !== "running",
      { timeoutMs: 60_000, what: "the next cycle" },
    );
    expect(next).toMatchObject({ status: "completed", type: "incremental" });
    const changed = [...target.store.Users.values()].find(
      (u) => String(u.userName).toLowerCase() === s.upn(0).toLowerCase(),
    );
    // Sent as the enterprise extension's department (a PATCH path or a nested attribute: either way in the resource).
    expect(JSON.stringify(changed)).toContain("Changed Mid Cycle");
    expect(target.store.Users.size).toBe(USERS);
  }, 240_000);
});
