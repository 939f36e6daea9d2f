// @ts-check
// Checks, creates and drops the database a URL names: what the native engine's `cli can-connect-to-database`,
// `cli create-database` and `createDatabase` do, which the wasm engine cannot.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { detectProvider, pgConnectionConfig, sqliteFilePath } from "./connection-config.js";

/**
 * Whether the URL's database exists, or the Prisma error code and message for why it cannot be used
 * (P1003: it does not exist yet, which `create-database` fixes).
 * @param {string} url
 * @param {string} baseDir relative SQLite paths resolve against it
 * @returns {Promise<{ exists: true } | { exists: false, code: string, message: string }>}
 */
export async function databaseState(url, baseDir) {
  if (detectProvider(url) === "postgresql") return checkPgDatabase(url);
  const file = sqliteFilePath(url, baseDir);
  if (file === ":memory:" || fs.existsSync(file)) return { exists: true };
  return {
    exists: false,
    code: "P1003",
    message: `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`,
  };
}

/**
 * @param {string} url
 * @param {string} baseDir
 * @returns {Promise<string>} the database name
 */
export async function createDatabase(url, baseDir) {
  if (detectProvider(url) === "postgresql") return createPgDatabase(url);
  const file = sqliteFilePath(url, baseDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.closeSync(fs.openSync(file, "a"));
  return path.basename(file);
}

/**
 * @param {string} url
 * @param {string} baseDir
 */
export async function dropDatabase(url, baseDir) {
  if (detectProvider(url) === "sqlite") {
    const file = sqliteFilePath(url, baseDir);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    return;
  }
  throw new Error("drop-database is not supported for PostgreSQL by the wasm schema engine; use DROP DATABASE.");
}

/**
 * @param {string} url
 * @returns {Promise<{ exists: true } | { exists: false, code: string, message: string }>}
 */
async function checkPgDatabase(url) {
  const { pool } = pgConnectionConfig(url);
  const client = new pg.Client(pool);
  try {
    await client.connect();
    return { exists: true };
  } catch (error) {
    const err = /** @type {{ code?: string, message?: string }} */ (error);
    const where = `${pool.host ?? "localhost"}:${pool.port ?? 5432}`;
    if (err.code === "3D000") {
      return {
        exists: false,
        code: "P1003",
        message: `Database \`${pool.database}\` does not exist on the database server at \`${where}\`.`,
      };
    }
    if (err.code === "28P01" || err.code === "28000") {
      return {
        exists: false,
        code: "P1000",
        message: `Authentication failed against database server at \`${where}\`: ${err.message}`,
      };
    }
    return {
      exists: false,
      code: "P1001",
      message: `Can't reach database server at \`${where}\`: ${err.message ?? String(error)}`,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates the URL's database through the server's maintenance database.
 * @param {string} url
 */
async function createPgDatabase(url) {
  const { pool } = pgConnectionConfig(url);
  const name = String(pool.database);
  const admin = new pg.Client({ ...pool, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    // Created meanwhile by a concurrent migrator.
    if (/** @type {{ code?: string }} */ (error).code !== "42P04") throw error;
  } finally {
    await admin.end();
  }
  return name;
}

/** @param {string} name */
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
