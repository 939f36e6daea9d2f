// `org-center db backup --file F`: a consistent copy of the SQLite database taken with SQLite's online backup API
// while the app keeps serving (WAL: writers carry on; the copy is the database as of one instant). On PostgreSQL it
// checks the server answers and names the pg_dump command instead. API: backupDatabase(file) → BackupSummary.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { copyRequestLogInto } from "@/lib/db/request-log-file";
import { AppError } from "@/lib/errors/app-error";
import { inspectSqliteBackup, type BackupSummary } from "./inspect-backup";
import { postgresAdvice } from "./postgres-advice";

export async function backupDatabase(file: string): Promise<BackupSummary & { source: string; durationMs: number }> {
  const database = resolveDatabaseUrl();
  if (database.provider === "postgresql") throw await postgresAdvice(database.url, "backup", file);
  const source = database.sqlitePath!;
  const target = path.resolve(file);
  if (!fs.existsSync(source)) throw new AppError("not_found", `There is no database at ${source} to back up.`);
  if (fs.existsSync(target))
    throw new AppError("conflict", `${target} already exists: choose a new file (a backup never overwrites one).`, {
      file: ["Already exists."],
    });
  if (path.resolve(source) === target)
    throw new AppError("invalid_input", "The backup file cannot be the database itself.", {
      file: ["Same as the database."],
    });
  const started = performance.now();
  // Written beside the target and renamed when complete: a half-written file never carries the backup's name.
  const partial = `${target}.partial-${process.pid}`;
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    // All remaining pages per step: a step reads one snapshot, so writers in other processes cannot make it
    // restart over and over (a step-by-step copy starts again whenever another connection writes).
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    // The request log, kept in a file of its own while in use, goes into the backup's copy of its tables.
    copyRequestLogInto(partial, source, SQLITE_BUSY_TIMEOUT_MS);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new AppError("precondition_failed", `The backup failed: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  try {
    const summary = inspectSqliteBackup(partial);
    fs.renameSync(partial, target);
    return { ...summary, file: target, source, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
