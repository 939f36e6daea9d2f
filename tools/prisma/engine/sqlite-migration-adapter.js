// @ts-check
// Driver adapter factory that lets the wasm schema engine work on a SQLite file through better-sqlite3.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import("@prisma/driver-adapter-utils").SqlQuery} SqlQuery */

/**
 * @param {{ file: string, shadowFile?: string }} options absolute paths (or ":memory:")
 */
export function createSqliteMigrationFactory({ file, shadowFile = ":memory:" }) {
  const inner = new PrismaBetterSqlite3({ url: file }, { shadowDatabaseUrl: shadowFile });
  /** @type {Set<SqlDriverAdapter>} */
  const open = new Set();

  /** @param {SqlDriverAdapter} adapter */
  const track = (adapter) => {
    routeMultiStatementToScript(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
    };
    open.add(adapter);
    return adapter;
  };

  return {
    provider: /** @type {const} */ ("sqlite"),
    adapterName: inner.adapterName,
    async connect() {
      if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
      return track(await inner.connect());
    },
    async connectToShadowDb() {
      return track(await inner.connectToShadowDb());
    },
    /** Closes every connection the engine left open (it never disposes its main connection). */
    async close() {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };
}

/**
 * The engine sends whole migration scripts through executeRaw when it replays migrations on the
 * shadow database; better-sqlite3 prepares one statement at a time and rejects them (P3006). Such
 * parameterless multi-statement SQL goes through the adapter's script execution instead.
 * @param {SqlDriverAdapter} adapter
 */
function routeMultiStatementToScript(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  /** @param {SqlQuery} query @param {unknown} error */
  const isScript = (query, error) =>
    query.args.length === 0 && error instanceof RangeError && /more than one statement/.test(error.message);

  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!isScript(query, error)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (!isScript(query, error)) throw error;
      await adapter.executeScript(query.sql);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
  };
}

/**
 * Drops every table, view, index and trigger. The wasm engine's SQLite reset only deletes rows
 * (the native engine deletes the file instead), which would leave `migrate reset` a no-op.
 * @param {Pick<SqlDriverAdapter, "queryRaw" | "executeScript">} adapter
 */
export async function dropAllSqliteObjects(adapter) {
  const { rows } = await adapter.queryRaw({
    sql: "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('view', 'table')",
    args: [],
    argTypes: [],
  });
  if (rows.length === 0) return;
  const quote = (/** @type {unknown} */ name) => `"${String(name).replace(/"/g, '""')}"`;
  const drops = rows.map(([type, name]) => `DROP ${type === "view" ? "VIEW" : "TABLE"} IF EXISTS ${quote(name)};`);
  // Indexes and triggers go with their tables; foreign keys off so drop order does not matter.
  await adapter.executeScript(`PRAGMA foreign_keys = OFF;\n${drops.join("\n")}\nPRAGMA foreign_keys = ON;`);
}
