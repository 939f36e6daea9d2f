// `npm run worker`: runs the background jobs in a process of its own (same leases as the app, so any mix of
// app instances and workers runs each job once). `--once` runs what is due and exits (cron-style).
import { disconnectPrisma } from "@/lib/db/client";
import { checkpointOnTimer } from "@/lib/db/wal-checkpoints";
import { checkReadiness } from "@/lib/ops/readiness";
import { beginShutdown, runShutdownHooks } from "@/lib/ops/shutdown-state";
import { ALL_JOBS } from "./all-jobs";
import { runJobsOnce } from "./run-jobs-once";
import { startScheduler } from "./scheduler";
import { newOwnerId } from "@/lib/ops/owner-id";
import { childLogger } from "@/lib/log/logger";

const log = childLogger({ component: "worker" });

async function main(): Promise<number> {
  // The worker uses the schema the app migrates (npm start, or org-center db migrate); it never migrates it itself.
  const readiness = await checkReadiness();
  if (!readiness.ready) {
    log.error(`Org Center worker cannot start: ${readiness.reason}.`);
    await disconnectPrisma();
    return 1;
  }
  // On SQLite this process's commits leave the WAL checkpoints to a timer: one inside a commit would hold the write
  // lock while it copies and syncs, and the app's SCIM writes would wait for it.
  checkpointOnTimer();
  if (process.argv.includes("--once")) {
    const { runs, cycles, ok } = await runJobsOnce({
      owner: newOwnerId("worker"),
      jobs: ALL_JOBS,
      force: process.argv.includes("--force"),
    });
    for (const run of runs) {
      if (run.ok) log.info({ job: run.name }, `${run.name}: ok ${run.summary ?? ""}`);
      else log.error({ job: run.name }, `${run.name}: failed: ${run.error}`);
    }
    for (const cycle of cycles) log.info(cycle.line);
    if (runs.length === 0) log.info("No job was due (or another instance holds it).");
    await disconnectPrisma();
    return ok ? 0 : 1;
  }
  const scheduler = startScheduler({ role: "worker", jobs: ALL_JOBS, keepAlive: true });
  log.info(
    { owner: scheduler.owner },
    `Org Center worker ${scheduler.owner}: running ${ALL_JOBS.map((j) => j.name).join(", ")}.`,
  );
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  // As the app does: running cycles stop at their next batch and hand their lease back before the database closes.
  beginShutdown();
  const failed = await runShutdownHooks();
  await scheduler.stop();
  await disconnectPrisma();
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
