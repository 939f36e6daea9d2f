// Applies pending migrations (what `prisma migrate deploy` does) with the wasm schema engine, in process.
// A database that is already up to date is recognised from _prisma_migrations without loading the engine.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { pgConnectionConfig } from "../../tools/prisma/engine/connection-config.js";
import { findProjectRoot, resolveDatabaseUrl, type DatabaseProvider, type ResolvedDatabaseUrl } from "./database-url";
import { readMigrationsList, type MigrationList } from "@/tools/prisma/engine/migrations-list.js";

export function migrationsDirectory(provider: DatabaseProvider, root = findProjectRoot()): string {
  return provider === "sqlite"
    ? path.join(root, "prisma", "migrations")
    : path.join(root, "prisma", "postgres", "migrations");
}

/**
 * @param url defaults to DATABASE_URL (then ./data/org-center.db); a missing database is created.
 * @returns the names of the migrations this call applied, oldest first.
 */
export async function migrateDatabase(url?: string): Promise<{ applied: string[] }> {
  const root = findProjectRoot();
  const database = resolveDatabaseUrl(url ?? process.env.DATABASE_URL, root);
  const migrations = readMigrationsList(migrationsDirectory(database.provider, root));
  if (await isUpToDate(database, migrations)) return { applied: [] };

  // Loaded only when there is work to do: the wasm engine takes ~150 ms to start.
  const { openSchemaEngine, NO_FILTERS, toUserFacingError } = await import("@/tools/prisma/engine/schema-engine.js");
  if (database.provider === "postgresql") await ensurePgDatabase(database.url);
  const opened = await openSchemaEngine({ url: database.url, baseDir: root });
  try {
    const { appliedMigrationNames } = await opened.engine.applyMigrations({
      migrationsList: migrations,
      filters: NO_FILTERS,
    });
    return { applied: appliedMigrationNames };
  } catch (error) {
    const detail = toUserFacingError(error, opened.errorRegistry);
    const code = "error_code" in detail ? `${detail.error_code}: ` : "";
    throw new Error(`Migrating the ${database.provider} database failed: ${code}${detail.message}`, { cause: error });
  } finally {
    await opened.close();
  }
}

async function ensurePgDatabase(url: string) {
  const { createDatabase, databaseState } = await import("@/tools/prisma/engine/database-lifecycle.js");
  const state = await databaseState(url, process.cwd());
  if (state.exists) return;
  if (state.code !== "P1003") throw new Error(`${state.code}: ${state.message}`);
  await createDatabase(url, process.cwd());
}

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

/** True when every local migration finished and none failed, i.e. applyMigrations would do nothing. */
async function isUpToDate(database: ResolvedDatabaseUrl, migrations: MigrationList): Promise<boolean> {
  if (migrations.migrationDirectories.some((dir) => dir.migrationFile.content.tag === "error")) return false;
  const rows =
    database.provider === "sqlite" ? readSqliteHistory(database.sqlitePath!) : await readPgHistory(database.url);
  if (!rows) return false;
  if (rows.some((row) => row.finished_at == null && row.rolled_back_at == null)) return false;
  const applied = new Set(
    rows.filter((row) => row.finished_at != null && row.rolled_back_at == null).map((row) => row.migration_name),
  );
  return migrations.migrationDirectories.every((dir) => applied.has(dir.path));
}

function readSqliteHistory(file: string): MigrationRow[] | undefined {
  if (file === ":memory:") return undefined;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return undefined;
  }
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return undefined;
    return db
      .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations")
      .all() as MigrationRow[];
  } finally {
    db.close();
  }
}

async function readPgHistory(url: string): Promise<MigrationRow[] | undefined> {
  const { pool, schema = "public" } = pgConnectionConfig(url);
  const client = new pg.Client(pool);
  try {
    await client.connect();
  } catch {
    return undefined; // missing database or server down: the engine path reports it properly
  }
  try {
    const table = `"${schema.replace(/"/g, '""')}"."_prisma_migrations"`;
    const exists = await client.query("SELECT to_regclass($1) AS name", [table]);
    if (!exists.rows[0]?.name) return undefined;
    const result = await client.query<MigrationRow>(`SELECT migration_name, finished_at, rolled_back_at FROM ${table}`);
    return result.rows;
  } finally {
    await client.end();
  }
}
