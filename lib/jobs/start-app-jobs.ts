// Called from instrumentation.ts: the app process runs the background jobs unless ORG_CENTER_JOBS=off
// (e.g. when a separate `npm run worker` does).
import { ALL_JOBS } from "./all-jobs";
import { startScheduler, type Scheduler } from "./scheduler";
import { logger } from "@/lib/log/logger";

export function jobsEnabled(): boolean {
  return (process.env.ORG_CENTER_JOBS ?? "on").toLowerCase() !== "off";
}

export function startAppJobs(): Scheduler | null {
  if (!jobsEnabled()) return null;
  const scheduler = startScheduler({ role: "app", jobs: ALL_JOBS });
  logger.info(
    { component: "jobs", owner: scheduler.owner },
    `Background jobs: running in this process as ${scheduler.owner} (ORG_CENTER_JOBS=off to disable).`,
  );
  return scheduler;
}
