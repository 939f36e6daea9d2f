// Cycles started in this process (Sync now, the scheduler), kept on globalThis so each job runs once per process
// and callers can wait for it; the database lease keeps other processes out.
import { prisma } from "@/lib/db/client";
import { isShuttingDown, onShutdown } from "@/lib/ops/shutdown-state";
import { isLeaseHeld } from "./lease";
import { runProvisioningJob, type RunJobResult } from "./run-provisioning-job";

const store = globalThis as typeof globalThis & { __orgCenterProvisioningRuns?: Map<string, Promise<RunJobResult>> };
const runs = (store.__orgCenterProvisioningRuns ??= new Map());

// On SIGTERM each running cycle stops at its next batch boundary and releases its lease (run-job.ts); the process
// waits for that before it exits, so another instance (or this one, restarted) resumes the cycle at once.
onShutdown("provisioning cycles", () => waitForBackgroundRuns());

export function startInBackground(jobId: string, trigger: string): boolean {
  if (runs.has(jobId) || isShuttingDown()) return false;
  const run = runProvisioningJob(jobId, { trigger }).finally(() => runs.delete(jobId));
  runs.set(jobId, run);
  return true;
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
