// Cycles started in this process (Sync now, the scheduler), kept on globalThis so each job runs once per process
// and callers can wait for it; the database lease keeps other processes out. API: startInBackground,
// claimAndStartInBackground (Sync now: says whether it started), backgroundRun, waitForBackgroundRuns, dispatchDueProvisioning.
import { prisma } from "@/lib/db/client";
import { isShuttingDown, onShutdown } from "@/lib/ops/shutdown-state";
import { newOwnerId } from "@/lib/ops/owner-id";
import { claimJob, isLeaseHeld } from "./lease";
import { runClaimedJob, type RunJobResult } from "./run-provisioning-job";

const store = globalThis as typeof globalThis & { __orgCenterProvisioningRuns?: Map<string, Promise<RunJobResult>> };
const runs = (store.__orgCenterProvisioningRuns ??= new Map());

// On SIGTERM each running cycle stops at its next batch boundary and releases its lease (run-job.ts); the process
// waits for that before it exits, so another instance (or this one, restarted) resumes the cycle at once.
onShutdown("provisioning cycles", () => waitForBackgroundRuns());

/** Claims the job's lease and runs its cycle, tracked in `runs`; the claim's outcome, or null when one runs here. */
function start(jobId: string, trigger: string): Promise<boolean> | null {
  if (runs.has(jobId) || isShuttingDown()) return null;
  const owner = newOwnerId("provisioning");
  const claimed = claimJob(jobId, owner);
  const run = claimed
    .then((ok): Promise<RunJobResult> | RunJobResult =>
      ok ? runClaimedJob(jobId, owner, trigger) : { status: "busy" },
    )
    .finally(() => runs.delete(jobId));
  runs.set(jobId, run);
  return claimed;
}

/** Starts the job's cycle unless this process runs one already (another process's lease makes it a no-op). */
export function startInBackground(jobId: string, trigger: string): boolean {
  const claimed = start(jobId, trigger);
  // A failed claim reaches whoever waits for the run (backgroundRun, waitForBackgroundRuns), not this caller too.
  claimed?.catch(() => undefined);
  return claimed !== null;
}

/**
 * Sync now: resolves true once this process holds the job's lease and its cycle is starting, false when a cycle of
 * the job is already running, here or in another process (which holds the lease).
 */
export async function claimAndStartInBackground(jobId: string, trigger: string): Promise<boolean> {
  return (await start(jobId, trigger)) ?? false;
}

export function backgroundRun(jobId: string): Promise<RunJobResult> | undefined {
  return runs.get(jobId);
}

/** Waits for every cycle this process has started (a `worker --once` process exits only after them). */
export async function waitForBackgroundRuns(): Promise<{ jobId: string; outcome: RunJobResult }[]> {
  const started = [...runs.entries()];
  return Promise.all(
    started.map(async ([jobId, run]) => ({
      jobId,
      outcome: await run.catch((error: unknown): RunJobResult => ({ status: "failed", error: String(error) })),
    })),
  );
}

/** The scheduler's pass: every enabled automatic job that is due and not leased starts in the background. */
export async function dispatchDueProvisioning(now = new Date()): Promise<string> {
  const due = await prisma.provisioningJob.findMany({
    where: { enabled: true, mode: "automatic", OR: [{ nextRunAt: null }, { nextRunAt: { lte: now } }] },
    select: { id: true, leaseUntil: true },
  });
  const started = due.filter((j) => !isLeaseHeld(j, now) && startInBackground(j.id, "scheduled")).length;
  return `${started} provisioning cycle(s) started, ${due.length - started} due but running elsewhere`;
}
