// `org-center db restore --file F`: puts a backup in place of the SQLite database of a stopped instance. The file is
// checked first (SQLite quick_check, Org Center's tables, a migration level this version knows); the database being
// replaced is kept beside it as <name>.pre-restore-<time> (its request-log file too), so a restore loses nothing.
// API: restoreDatabase(file).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { requestLogPath } from "@/lib/db/request-log-file";
import { AppError } from "@/lib/errors/app-error";
import { inspectSqliteBackup, type BackupSummary } from "./inspect-backup";
import { postgresAdvice } from "./postgres-advice";

const SIDE_FILES = ["-wal", "-shm"];

/** Refuses when another process has the database open: SQLite grants an exclusive lock only when nobody else holds it. */
function assertNotInUse(file: string): void {
  if (!fs.existsSync(file)) return;
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    // Folds the write-ahead log into the file, so the copy kept aside is whole on its own.
    db.pragma("wal_checkpoint(TRUNCATE)");
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new AppError(
        "precondition_failed",
        `${file} is in use (an app, worker or CLI process has it open): stop the instance, then restore.`,
      );
    }
    throw error;
  } finally {
    db.close();
  }
}

export async function restoreDatabase(
  file: string,
): Promise<BackupSummary & { database: string; previous: string | null }> {
  const database = resolveDatabaseUrl();
  if (database.provider === "postgresql") throw await postgresAdvice(database.url, "restore", file);
  const source = path.resolve(file);
  const target = database.sqlitePath!;
  if (source === target)
    throw new AppError("invalid_input", "The backup file is the database itself.", { file: ["Same as the database."] });
  const summary = inspectSqliteBackup(source);
  assertNotInUse(target);

  // Copied with the backup API to a temporary file beside the database, then renamed into place.
  const incoming = `${target}.restoring-${process.pid}`;
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(incoming);
  } finally {
    backup.close();
  }
  const restored = new Database(incoming);
  restored.pragma("journal_mode = WAL");
  restored.close();

  assertNotInUse(target);
  const log = requestLogPath(target);
  assertNotInUse(log);
  const stamp = `.pre-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}${stamp}`;
    fs.renameSync(target, previous);
  }
  // The request log's file is set aside with it: the backup's log rows move into a new one when it is next opened.
  if (fs.existsSync(log)) fs.renameSync(log, `${log}${stamp}`);
  for (const side of SIDE_FILES) for (const file of [target, log]) fs.rmSync(`${file}${side}`, { force: true });
  fs.renameSync(incoming, target);
  return { ...summary, database: target, previous };
}
