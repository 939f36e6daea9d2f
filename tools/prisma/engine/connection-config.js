// @ts-check
// Database URL parsing shared by the app (lib/db/*.ts), prisma.config.ts and the schema-engine shim
// (tools/prisma/schema-engine.js), which runs under plain Node and so cannot import TypeScript.
import fs from "node:fs";
import path from "node:path";
// pg's own URL parser (a dependency of pg); imported statically so bundlers (Next) can resolve it.
import { parse } from "pg-connection-string";

/** @typedef {"sqlite" | "postgresql"} DatabaseProvider */

/**
 * @param {string} url
 * @returns {DatabaseProvider}
 */
export function detectProvider(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `Unsupported database URL "${redactUrl(url)}": use file:./path.db (SQLite) or postgres://user:pass@host:5432/db (PostgreSQL)`,
  );
}

/**
 * Absolute path of a SQLite database from a `file:` URL; relative paths resolve against baseDir.
 * Query parameters (file:./x.db?connection_limit=1) are dropped: better-sqlite3 takes a plain path.
 * @param {string} url
 * @param {string} baseDir
 */
export function sqliteFilePath(url, baseDir) {
  const raw = decodeURIComponent(url.replace(/^file:/, "").replace(/\?.*$/, ""));
  if (raw === ":memory:" || raw === "") return ":memory:";
  // file:///abs/path and file:/abs/path both mean an absolute path
  const withoutAuthority = raw.startsWith("//") ? raw.replace(/^\/\/[^/]*/, "") : raw;
  return path.resolve(baseDir, withoutAuthority);
}

// Prisma's own URL parameters, which the pg driver must not see.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "connect_timeout",
  "socket_timeout",
  "sslaccept",
  "pgbouncer",
  "statement_cache_size",
];

/**
 * pg Pool settings from a postgres:// URL, with host, port, user and database as separate fields.
 * A `connectionString` would override `database`, so a shadow database pool built by spreading this
 * config would silently point at the main database: never pass the URL itself to pg.
 * @param {string} url
 * @returns {{ pool: import("pg").PoolConfig, schema: string | undefined }}
 */
export function pgConnectionConfig(url) {
  const parsed = /** @type {Record<string, unknown>} */ (parse(url));
  const schema = typeof parsed.schema === "string" && parsed.schema !== "" ? parsed.schema : undefined;
  const limit = Number(parsed.connection_limit);
  const connectTimeout = Number(parsed.connect_timeout);
  /** @type {Record<string, unknown>} */
  const pool = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || value === undefined || value === "") continue;
    if (!PRISMA_ONLY_PARAMS.includes(key)) pool[key] = value;
  }
  if (pool.port !== undefined) pool.port = Number(pool.port);
  if (Number.isInteger(limit) && limit > 0) pool.max = limit;
  if (Number.isFinite(connectTimeout) && connectTimeout > 0) pool.connectionTimeoutMillis = connectTimeout * 1000;
  return { pool: /** @type {import("pg").PoolConfig} */ (pool), schema };
}

/**
 * The URL with its password masked, for messages and logs.
 * @param {string} url
 */
export function redactUrl(url) {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1****@");
}

export const DEFAULT_DATABASE_URL = "file:./data/org-center.db";

/**
 * The nearest folder at or above `start` that holds prisma/schema.prisma (the project root), so
 * relative SQLite paths mean the same thing from the app server, tsx scripts, vitest and the CLI.
 * @param {string} [start]
 */
export function findProjectRoot(start = process.cwd()) {
  // turbopackIgnore: a runtime lookup, not a file the server bundle needs to trace.
  const from = path.resolve(/*turbopackIgnore: true*/ start);
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(/*turbopackIgnore: true*/ dir, "prisma", "schema.prisma"))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/**
 * DATABASE_URL made absolute: relative SQLite paths resolve against the project root.
 * @param {string | undefined} url falls back to DEFAULT_DATABASE_URL when empty
 * @param {string} root
 * @returns {{ url: string, provider: DatabaseProvider, sqlitePath?: string }}
 */
export function normalizeDatabaseUrl(url, root) {
  const value = url?.trim() || DEFAULT_DATABASE_URL;
  const provider = detectProvider(value);
  if (provider === "postgresql") return { url: value, provider };
  const sqlitePath = sqliteFilePath(value, root);
  return { url: sqlitePath === ":memory:" ? "file::memory:" : `file:${sqlitePath}`, provider, sqlitePath };
}
