// One pass of the scheduler: every due job whose lease this owner wins is run, then released with its next time.
import type { Job } from "./define-job";
import { claimLease, releaseLease, renewLease } from "./lease";
import { childLogger } from "@/lib/log/logger";

const log = childLogger({ component: "jobs" });

export type JobRun = { name: string; ok: boolean; summary?: string; error?: string };
export type RunOptions = { owner: string; jobs: Job[]; now?: Date; force?: boolean; heartbeat?: boolean };

export async function runDueJobs({
  owner,
  jobs,
  now,
  force = false,
  heartbeat = false,
}: RunOptions): Promise<JobRun[]> {
  const runs = await Promise.all(jobs.map((job) => runIfClaimed(job, owner, now, force, heartbeat)));
  return runs.filter((r): r is JobRun => r !== null);
}

async function runIfClaimed(
  job: Job,
  owner: string,
  fixedNow: Date | undefined,
  force: boolean,
  heartbeat: boolean,
): Promise<JobRun | null> {
  const started = fixedNow ?? new Date();
  if (!(await claimLease(job.name, owner, { now: started, ttlMs: job.leaseMs, force }))) return null;
  // Real runs keep their lease alive; runs on an injected clock are short and tests drive them.
  const timer = heartbeat
    ? setInterval(
        () => void renewLease(job.name, owner, new Date(Date.now() + job.leaseMs)).catch(() => undefined),
        job.leaseMs / 3,
      )
    : null;
  timer?.unref();
  try {
    const summary = (await job.run({ now: started, owner })) ?? undefined;
    const finished = fixedNow ?? new Date();
    await releaseLease(job.name, owner, {
      now: finished,
      nextRunAt: new Date(finished.getTime() + job.everyMs),
      summary,
    });
    return { name: job.name, ok: true, summary };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error, job: job.name }, `Background job ${job.name} failed`);
    const finished = fixedNow ?? new Date();
    // A failed run is retried sooner than a full interval, but not in a tight loop.
    const retryMs = Math.min(job.everyMs, 5 * 60_000);
    await releaseLease(job.name, owner, {
      now: finished,
      nextRunAt: new Date(finished.getTime() + retryMs),
      error: message.slice(0, 1000),
    }).catch(() => undefined);
    return { name: job.name, ok: false, error: message };
  } finally {
    if (timer) clearInterval(timer);
  }
}
