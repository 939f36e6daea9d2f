// Empties a database entirely (tables, views, migration history), for tests; migrateDatabase rebuilds it.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import pg from "pg";
import { pgConnectionConfig } from "@/tools/prisma/engine/connection-config.js";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { dropAllSqliteObjects } from "@/tools/prisma/engine/sqlite-migration-adapter.js";

/** @param url defaults to DATABASE_URL (then ./data/org-center.db) */
export async function resetDatabase(url?: string): Promise<void> {
  const database = resolveDatabaseUrl(url ?? process.env.DATABASE_URL);
  if (database.provider === "sqlite") {
    const adapter = await new PrismaBetterSqlite3({ url: database.sqlitePath ?? ":memory:" }).connect();
    try {
      await dropAllSqliteObjects(adapter);
    } finally {
      await adapter.dispose();
    }
    return;
  }
  const { pool, schema = "public" } = pgConnectionConfig(database.url);
  const client = new pg.Client(pool);
  await client.connect();
  try {
    const quoted = `"${schema.replace(/"/g, '""')}"`;
    await client.query(`DROP SCHEMA IF EXISTS ${quoted} CASCADE; CREATE SCHEMA ${quoted};`);
  } catch (error) {
    // Not the schema's owner: drop what this role owns instead.
    if ((error as { code?: string }).code !== "42501") throw error;
    await client.query("DROP OWNED BY CURRENT_USER");
  } finally {
    await client.end();
  }
}
