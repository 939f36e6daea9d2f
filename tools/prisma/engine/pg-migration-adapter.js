// @ts-check
// Driver adapter factory that lets the wasm schema engine work on PostgreSQL through pg.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgConnectionConfig } from "./connection-config.js";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** @param {pg.QueryResult | pg.QueryResult[]} result */
function charColumnsAsText(result) {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of part?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

// The engine's catalog queries return columns of type "char" (pg_class.relkind, ...), which the
// adapter refuses to map; their values already arrive as strings, so they are reported as text.
class CharAsTextClient extends pg.Client {}
const baseQuery = /** @type {(this: pg.Client, ...args: any[]) => any} */ (pg.Client.prototype.query);
/** @type {any} */ (CharAsTextClient.prototype).query = function (
  /** @type {any} */ config,
  /** @type {any} */ values,
  /** @type {any} */ callback,
) {
  if (typeof values === "function") [values, callback] = [undefined, values];
  if (config && typeof config.submit === "function") return baseQuery.call(this, config, values, callback);
  if (typeof callback === "function") {
    return baseQuery.call(this, config, values, (/** @type {Error | null} */ err, /** @type {any} */ res) =>
      callback(err, err ? res : charColumnsAsText(res)),
    );
  }
  return baseQuery.call(this, config, values).then(charColumnsAsText);
};

/**
 * @param {string} name
 */
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * @param {{ url: string, shadowDatabaseUrl?: string }} options
 */
export function createPgMigrationFactory({ url, shadowDatabaseUrl }) {
  const main = pgConnectionConfig(url);
  /** @type {Set<SqlDriverAdapter>} */
  const open = new Set();

  /**
   * @param {pg.PoolConfig} poolConfig
   * @param {() => Promise<void>} [afterClose] runs once the pool has ended
   */
  async function connectTo(poolConfig, afterClose) {
    const pool = new pg.Pool({ ...poolConfig, Client: CharAsTextClient });
    const adapter = await new PrismaPg(pool, { schema: main.schema, disposeExternalPool: true }).connect();
    const onError = /** @type {(error: unknown) => never} */ (/** @type {any} */ (adapter).onError.bind(adapter));
    // The adapter splits scripts on ";", which breaks function bodies and string literals; like the
    // native engine, send the whole script in one simple-protocol query.
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        onError(error);
      }
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
      await afterClose?.();
    };
    open.add(adapter);
    return adapter;
  }

  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    connect() {
      return connectTo(main.pool);
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) return connectToConfiguredShadow(shadowDatabaseUrl);
      // A throwaway database on the main server, dropped when the engine disposes the connection.
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const admin = new pg.Client(main.pool);
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (error) {
        await admin.end();
        throw error;
      }
      return connectTo({ ...main.pool, database: name }, async () => {
        // After the pool has ended; FORCE ends any session the engine left behind.
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } finally {
          await admin.end();
        }
      });
    },
    /** Closes every pool the engine left open (it never disposes its main connection). */
    async close() {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };

  /** @param {string} shadowUrl */
  async function connectToConfiguredShadow(shadowUrl) {
    const shadow = pgConnectionConfig(shadowUrl);
    const same = (/** @type {pg.PoolConfig} */ a, /** @type {pg.PoolConfig} */ b) =>
      a.host === b.host && (a.port ?? 5432) === (b.port ?? 5432) && a.database === b.database;
    if (same(shadow.pool, main.pool)) {
      throw new Error("The shadow database URL points at the main database; use a separate, disposable database.");
    }
    const adapter = await connectTo(shadow.pool);
    const schema = quoteIdent(main.schema ?? "public");
    await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
    return adapter;
  }
}
