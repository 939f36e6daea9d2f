// What a background job is. Register one by adding a defineJob(...) line to ALL_JOBS in all-jobs.ts.
export type JobContext = { now: Date; owner: string };

export type Job = {
  name: string;
  /** Time between the end of one run and the start of the next. */
  everyMs: number;
  /** How long a claimed lease lasts without renewal; a crashed runner's lease frees itself after this. */
  leaseMs: number;
  run: (ctx: JobContext) => Promise<string | void>;
};

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function defineJob(name: string, everyMs: number, run: Job["run"], leaseMs = 10 * MINUTE): Job {
  return { name, everyMs, leaseMs, run };
}
