// A runner that lost the job's lease mid-cycle (stalled past it; another process claimed the expired lease and
// resumed the cycle) must not finish the cycle: the watermark, statistics and cycle end are the new holder's, so
// the cycle is finished exactly once. Real cycle against the faulty SCIM server; the takeover happens inside the
// cycle, at the first object the stalled runner sends.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { readStats } from "@/lib/provisioning/engine/counts";
import { runCycle } from "@/lib/provisioning/engine/run-cycle";
import { targetForApp } from "@/lib/provisioning/apps/target-for-app";
import { claimJob, releaseJob } from "@/lib/provisioning/provisioning-job/lease";
import type { ScimTarget } from "@/lib/provisioning/scim-client/scim-target";
import { startFaultyScimServer } from "./support/faulty-scim-server";
import { targetScenario } from "./support/target-scenario";

const servers: { close: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function leasedJob(jobId: string) {
  const { app, ...job } = await prisma.provisioningJob.findUniqueOrThrow({
    where: { id: jobId },
    include: { app: true },
  });
  return { app, job };
}

describe("finishing a cycle needs the job's lease", () => {
  it("a runner whose lease was taken over mid-cycle leaves the cycle to the new holder, which finishes it once", async () => {
    const server = await startFaultyScimServer({ token: "t", uniqueNames: true });
    servers.push(server);
    const s = await targetScenario({ users: 3, tenantUrl: server.url, token: "t" });

    // Runner A claims the job and starts the cycle, as runProvisioningJob does.
    expect(await claimJob(s.jobId, "runner-a")).toBe(true);
    const a = await leasedJob(s.jobId);
    const real = targetForApp(a.app).target;
    let takeover: Promise<Awaited<ReturnType<typeof leasedJob>>> | undefined;
    // At A's first create, A has stalled past its lease: B claims the expired lease and reads the job (the cycle
    // A started is its current one). A does not notice and carries on to the end of the cycle. (Creates run
    // concurrently: the takeover happens once, and every create waits for it.)
    const stalling: ScimTarget = {
      ...real,
      create: async (...args) => {
        takeover ??= (async () => {
          await prisma.provisioningJob.update({ where: { id: s.jobId }, data: { leaseUntil: new Date(0) } });
          if (!(await claimJob(s.jobId, "runner-b"))) throw new Error("runner B could not claim the expired lease");
          return leasedJob(s.jobId);
        })();
        await takeover;
        return real.create(...args);
      },
    };
    const byA = await runCycle({ job: a.job, app: a.app, target: stalling, trigger: "test" });
    const b = await takeover!;
    expect(b.job.currentCycleId).toBe(byA.cycleId);

    // A's end of cycle changed nothing: the cycle still runs, the watermark and statistics did not move.
    expect(byA.status).toBe("interrupted");
    const afterA = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(afterA).toMatchObject({
      leaseOwner: "runner-b",
      currentCycleId: byA.cycleId,
      watermark: 0,
      syncedConfigHash: null,
      lastCycleFinishedAt: null,
    });
    expect(readStats(afterA.stats).cycles).toBe(0);
    expect(await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: byA.cycleId } })).toMatchObject({
      status: "running",
      finishedAt: null,
    });

    // B resumes the same cycle and finishes it: once, with what A sent (nothing is sent twice).
    const byB = await runCycle({ job: b.job, app: b.app, target: real, trigger: "test" });
    await releaseJob(s.jobId, "runner-b");
    expect(byB).toMatchObject({ cycleId: byA.cycleId, status: "completed" });
    const cycles = await prisma.provisioningCycle.findMany({ where: { jobId: s.jobId } });
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ status: "completed", resumedCount: 1, processedUsers: 3 });
    expect(byB.counts.users).toMatchObject({ created: 3, failed: 0 });
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(job).toMatchObject({ currentCycleId: null, watermark: cycles[0]!.toSeq, leaseOwner: null });
    expect(readStats(job.stats).cycles).toBe(1);
    expect(server.store.Users.size).toBe(3);
    expect(server.received.filter((r) => r.method === "POST" && r.answered === 409)).toEqual([]);
  });
});
