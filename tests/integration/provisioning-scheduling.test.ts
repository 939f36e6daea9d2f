// Running jobs: the database lease lets one runner at a time, Off lets the running cycle finish, and the scheduler
// starts only enabled, automatic, due jobs, then schedules the next cycle one interval later.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { setProvisioningEnabled } from "@/lib/provisioning/provisioning-job/controls";
import {
  backgroundRun,
  dispatchDueProvisioning,
  startInBackground,
} from "@/lib/provisioning/provisioning-job/background";
import { runProvisioningJob } from "@/lib/provisioning/provisioning-job/run-provisioning-job";
import { ALL_JOBS } from "@/lib/jobs/all-jobs";
import { runJobsOnce } from "@/lib/jobs/run-jobs-once";
import { provisioningScenario } from "./support/provisioning";

async function waitForProgress(jobId: string) {
  for (let i = 0; i < 2000; i++) {
    const cycle = await prisma.provisioningCycle.findFirst({ where: { jobId }, orderBy: { startedAt: "desc" } });
    if (cycle && cycle.processedUsers > 0) return cycle;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the cycle made no progress");
}

describe("running provisioning jobs", () => {
  it("never runs one job twice at once: a second runner finds it busy", async () => {
    const s = await provisioningScenario({ users: 150 });
    const first = runProvisioningJob(s.jobId, { trigger: "test" });
    await waitForProgress(s.jobId);
    expect(await runProvisioningJob(s.jobId, { trigger: "test" })).toEqual({ status: "busy" });
    const done = await first;
    expect(done).toMatchObject({ status: "done", result: { status: "completed" } });
    expect((await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } })).leaseOwner).toBeNull();
  });

  it("turning provisioning Off lets the running cycle finish, and nothing is scheduled after it", async () => {
    const s = await provisioningScenario({ users: 250 });
    await setProvisioningEnabled(s.orgId, s.appId, true, CLI_ACTOR);
    expect(startInBackground(s.jobId, "scheduled")).toBe(true);
    expect(startInBackground(s.jobId, "scheduled")).toBe(false);
    const running = await waitForProgress(s.jobId);
    expect(running.status).toBe("running");
    const off = await setProvisioningEnabled(s.orgId, s.appId, false, CLI_ACTOR);
    expect(off.running).toBe(true);

    const result = await backgroundRun(s.jobId)!;
    expect(result).toMatchObject({ status: "done", result: { status: "completed" } });
    const cycle = await prisma.provisioningCycle.findUniqueOrThrow({ where: { id: running.id } });
    expect(cycle).toMatchObject({ status: "completed", processedUsers: 250, totalUsers: 250 });
    expect(await prisma.orgUser.count({ where: { orgId: s.orgId } })).toBe(250);

    await dispatchDueProvisioning();
    expect(backgroundRun(s.jobId)).toBeUndefined();
  });

  it("the scheduler starts an enabled job that is due and plans the next cycle an interval later", async () => {
    const s = await provisioningScenario({ users: 2 });
    await setProvisioningEnabled(s.orgId, s.appId, true, CLI_ACTOR);
    const summary = await dispatchDueProvisioning();
    expect(summary).toMatch(/cycle\(s\) started/);
    const run = backgroundRun(s.jobId);
    expect(run).toBeDefined();
    expect(await run).toMatchObject({ status: "done", result: { type: "initial", status: "completed" } });
    const job = await prisma.provisioningJob.findUniqueOrThrow({ where: { id: s.jobId } });
    expect(job.nextRunAt!.getTime() - job.lastCycleFinishedAt!.getTime()).toBe(40 * 60_000);
    await dispatchDueProvisioning();
    expect(backgroundRun(s.jobId)).toBeUndefined();
    await setProvisioningEnabled(s.orgId, s.appId, false, CLI_ACTOR);
  });

  it("a one-off worker pass (npm run worker -- --once) returns only when the cycles it started are finished", async () => {
    const s = await provisioningScenario({ users: 40 });
    await setProvisioningEnabled(s.orgId, s.appId, true, CLI_ACTOR);
    const dispatch = ALL_JOBS.filter((j) => j.name === "provisioning.dispatch");
    const { runs, cycles, ok } = await runJobsOnce({ owner: "worker@test", jobs: dispatch, force: true });
    expect(runs.map((r) => r.name)).toEqual(["provisioning.dispatch"]);
    expect(ok).toBe(true);
    expect(cycles.find((c) => c.jobId === s.jobId)?.line).toMatch(
      /initial cycle completed in \d+ ms \(users \{.*"created":40/,
    );
    // Already finished on return: the cycle row is closed and every user is in the target.
    const cycle = await prisma.provisioningCycle.findFirstOrThrow({
      where: { jobId: s.jobId },
      orderBy: { startedAt: "desc" },
    });
    expect(cycle).toMatchObject({ status: "completed", processedUsers: 40 });
    expect(await prisma.orgUser.count({ where: { orgId: s.orgId } })).toBe(40);
    await setProvisioningEnabled(s.orgId, s.appId, false, CLI_ACTOR);
  });
});
