// The in-process scheduler: every tick it runs the jobs that are due and whose lease it wins. One per process
// (kept on globalThis across dev reloads); started by instrumentation.ts in the app and by worker-main.ts.
import { isShuttingDown, onShutdown } from "@/lib/ops/shutdown-state";
import type { Job } from "./define-job";
import { runDueJobs } from "./run-due-jobs";
import { newOwnerId } from "@/lib/ops/owner-id";
import { logger } from "@/lib/log/logger";

export type Scheduler = { owner: string; stop: () => Promise<void> };

const DEFAULT_TICK_MS = 15_000;
const globalForJobs = globalThis as typeof globalThis & { __orgCenterScheduler?: Scheduler };

export function tickMs(): number {
  const value = Number(process.env.ORG_CENTER_JOBS_TICK_MS);
  return Number.isFinite(value) && value >= 100 ? value : DEFAULT_TICK_MS;
}

export function currentScheduler(): Scheduler | undefined {
  return globalForJobs.__orgCenterScheduler;
}

export function startScheduler({
  role,
  jobs,
  keepAlive = false,
}: {
  role: string;
  jobs: Job[];
  keepAlive?: boolean;
}): Scheduler {
  const existing = globalForJobs.__orgCenterScheduler;
  if (existing) return existing;
  const owner = newOwnerId(role);
  let running: Promise<unknown> | null = null;
  const tick = () => {
    // A process that is shutting down claims nothing new.
    if (running || isShuttingDown()) return;
    running = runDueJobs({ owner, jobs, heartbeat: true })
      .catch((error) => logger.error({ err: error, component: "jobs" }, "Background jobs: a scheduler pass failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, tickMs());
  if (!keepAlive) timer.unref();
  tick();
  let unregister = () => {};
  const scheduler: Scheduler = {
    owner,
    async stop() {
      clearInterval(timer);
      await running;
      unregister();
      if (globalForJobs.__orgCenterScheduler === scheduler) globalForJobs.__orgCenterScheduler = undefined;
    },
  };
  // On SIGTERM the pass under way finishes (its leases released) before the process exits.
  unregister = onShutdown("background jobs", () => scheduler.stop());
  globalForJobs.__orgCenterScheduler = scheduler;
  return scheduler;
}
