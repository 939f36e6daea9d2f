// Checks a SQLite file before it is restored (or right after it is written): a readable SQLite database that passes
// SQLite's quick_check, holds Org Center's tables, and whose migrations this version knows.
// API: inspectSqliteBackup(file) → { migrations, latest, pending, users, organizations, bytes } or throws AppError.
import fs from "node:fs";
import Database from "better-sqlite3";
import { migrationsDirectory } from "@/lib/db/migrate";
import { readMigrationsList } from "@/tools/prisma/engine/migrations-list.js";
import { AppError } from "@/lib/errors/app-error";

export type BackupSummary = {
  file: string;
  bytes: number;
  migrations: number;
  latest: string | null;
  pending: string[];
  organizations: number;
  users: number;
};

const invalid = (file: string, why: string) =>
  new AppError("invalid_input", `${file} is not a usable Org Center backup: ${why}`, { file: [why] });

export function inspectSqliteBackup(file: string): BackupSummary {
  if (!fs.existsSync(file)) throw invalid(file, "the file does not exist");
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw invalid(file, (error as Error).message);
  }
  try {
    let check: string;
    try {
      check = String(db.pragma("quick_check", { simple: true }));
    } catch (error) {
      throw invalid(file, `SQLite cannot read it (${(error as Error).message})`);
    }
    if (check !== "ok") throw invalid(file, `SQLite's quick_check failed: ${check}`);
    const hasTable = (name: string) =>
      Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
    if (!hasTable("_prisma_migrations") || !hasTable("Organization"))
      throw invalid(file, "it has no Org Center tables");
    const applied = (
      db
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
        .all() as { migration_name: string }[]
    ).map((r) => r.migration_name);
    const known = readMigrationsList(migrationsDirectory("sqlite"))
      .migrationDirectories.map((d) => d.path)
      .sort();
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length)
      throw invalid(
        file,
        `it was written by a newer Org Center (migrations unknown here: ${unknown.join(", ")}); upgrade this installation first`,
      );
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return {
      file,
      bytes: fs.statSync(file).size,
      migrations: applied.length,
      latest: applied.at(-1) ?? null,
      pending: known.filter((name) => !applied.includes(name)),
      organizations: count("Organization"),
      users: count("OrgUser"),
    };
  } finally {
    db.close();
  }
}
