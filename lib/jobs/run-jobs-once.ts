// `npm run worker -- --once`: runs the due jobs, then waits for the provisioning cycles they started in the
// background, so the process exits (and the database is closed) only when they are finished.
// API: runJobsOnce({ owner, jobs, force }) → { runs, cycles, ok }.
import { waitForBackgroundRuns } from "@/lib/provisioning/provisioning-job/background";
import type { Job } from "./define-job";
import { runDueJobs, type JobRun } from "./run-due-jobs";

export type OnceResult = { runs: JobRun[]; cycles: { jobId: string; line: string; ok: boolean }[]; ok: boolean };

export async function runJobsOnce(options: { owner: string; jobs: Job[]; force?: boolean }): Promise<OnceResult> {
  const runs = await runDueJobs(options);
  const cycles = (await waitForBackgroundRuns()).map(({ jobId, outcome }) => {
    if (outcome.status === "done") {
      const { type, status, counts, durationMs } = outcome.result;
      return {
        jobId,
        ok: true,
        line: `provisioning job ${jobId}: ${type} cycle ${status} in ${durationMs} ms (users ${JSON.stringify(counts.users)})`,
      };
    }
    if (outcome.status === "busy") return { jobId, ok: true, line: `provisioning job ${jobId}: running elsewhere` };
    return { jobId, ok: false, line: `provisioning job ${jobId}: failed: ${outcome.error}` };
  });
  return { runs, cycles, ok: runs.every((r) => r.ok) && cycles.every((c) => c.ok) };
}
