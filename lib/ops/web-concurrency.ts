// How many worker processes `npm start` serves with (WEB_CONCURRENCY, node:cluster on one port); 1 is a single
// process. Several workers need PostgreSQL: SQLite lets one process write at a time, so they would queue on its lock.
// API: webConcurrency(env) → number of workers, or throws an Error that says what to change.
import { DEFAULT_DATABASE_URL, detectProvider } from "@/lib/db/database-url";

const MAX_WORKERS = 64;

export function webConcurrency(env: Record<string, string | undefined> = process.env): number {
  const raw = env.WEB_CONCURRENCY?.trim();
  if (!raw) return 1;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_WORKERS)
    throw new Error(
      `WEB_CONCURRENCY must be a whole number of worker processes from 1 to ${MAX_WORKERS}; got "${raw}".`,
    );
  const workers = Number(raw);
  if (workers > 1 && detectProvider(env.DATABASE_URL || DEFAULT_DATABASE_URL) === "sqlite")
    throw new Error(
      `WEB_CONCURRENCY=${workers} needs PostgreSQL: SQLite lets one process write at a time, so more processes would ` +
        "only wait on its lock. Unset WEB_CONCURRENCY (or set it to 1), or set DATABASE_URL=postgres://….",
    );
  return workers;
}
