// Runs one cycle of a job under its lease (renewed while it runs): builds the target from the app, then runCycle.
// A lost lease stops the cycle between batches; an unfinished cycle is resumed by whoever claims the job next.
// API: runProvisioningJob(jobId, { trigger }) (claims, then runs), runClaimedJob(jobId, owner, trigger), RunJobResult.
import { prisma } from "@/lib/db/client";
import { newOwnerId } from "@/lib/ops/owner-id";
import { isShuttingDown } from "@/lib/ops/shutdown-state";
import { EngineError } from "../engine/diagnose";
import type { CycleResult } from "../engine/finish-cycle";
import { runCycle } from "../engine/run-cycle";
import type { ScimTarget } from "../scim-client/scim-target";
import { targetForApp } from "../apps/target-for-app";
import { claimJob, leaseMs, releaseJob, renewJob } from "./lease";
import { logger } from "@/lib/log/logger";
import { recordCycle } from "../engine/cycle-metrics";

export type RunJobResult =
  { status: "busy" } | { status: "done"; result: CycleResult } | { status: "failed"; error: string };

/** A target whose every call fails with the credentials problem: the cycle logs it and quarantines the job. */
function unusableTarget(error: EngineError): ScimTarget {
  const fail = async (): Promise<never> => {
    throw error;
  };
  return { dialect: "legacy", query: fail, get: fail, create: fail, patch: fail, remove: fail };
}

export async function runProvisioningJob(
  jobId: string,
  options: { trigger: string; owner?: string },
): Promise<RunJobResult> {
  const owner = options.owner ?? newOwnerId("provisioning");
  if (!(await claimJob(jobId, owner))) return { status: "busy" };
  return runClaimedJob(jobId, owner, options.trigger);
}

/** Runs the cycle of a job whose lease `owner` has just claimed (claimJob), and releases the lease after it. */
export async function runClaimedJob(jobId: string, owner: string, trigger: string): Promise<RunJobResult> {
  const started = performance.now();
  let lost = false;
  // The lease as this process knows it holds it: extended only by a renewal the database confirmed. When renewals
  // fail (database unreachable, event loop stalled) the cycle stops before another process may claim the job.
  let heldUntil = Date.now() + leaseMs();
  const heartbeat = setInterval(
    () => {
      const asked = Date.now();
      renewJob(jobId, owner).then(
        (held) => {
          if (held) heldUntil = Math.max(heldUntil, asked + leaseMs());
          else lost = true;
        },
        () => undefined,
      );
    },
    Math.max(200, leaseMs() / 3),
  );
  heartbeat.unref();
  const leaseRunningOut = () => Date.now() >= heldUntil - Math.max(100, leaseMs() / 6);
  try {
    const job = await prisma.provisioningJob.findUnique({ where: { id: jobId }, include: { app: true } });
    if (!job) return { status: "failed", error: "The provisioning job no longer exists." };
    let target: ScimTarget;
    try {
      target = targetForApp(job.app).target;
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      target = unusableTarget(error);
    }
    const { app, ...jobRow } = job;
    // A lost lease or a shutting-down process stops the cycle between batches (its progress is stored by then).
    const result = await runCycle({
      job: jobRow,
      app,
      target,
      trigger,
      shouldStop: () => lost || leaseRunningOut() || isShuttingDown(),
    });
    if (result.status === "interrupted" && !lost) {
      // Handed back on shutdown: due at once, so whichever process dispatches next resumes it without waiting
      // (unless the lease was lost meanwhile: then the job is the new holder's).
      await prisma.provisioningJob.updateMany({
        where: { id: jobId, leaseOwner: owner },
        data: { nextRunAt: new Date() },
      });
    }
    recordCycle(result.status, result.type, performance.now() - started);
    return { status: "done", result };
  } catch (error) {
    recordCycle("failed", "unknown", performance.now() - started);
    logger.error(
      { err: error, component: "provisioning", jobId },
      `Provisioning job ${jobId}: the cycle stopped with an unexpected error; it resumes on the next run.`,
    );
    await prisma.provisioningJob
      .update({ where: { id: jobId }, data: { nextRunAt: new Date(Date.now() + 5 * 60_000) } })
      .catch(() => undefined);
    return { status: "failed", error: (error as Error).message };
  } finally {
    clearInterval(heartbeat);
    await releaseJob(jobId, owner).catch(() => undefined);
  }
}
