// @ts-check
// The schema engine's JSON-RPC methods, answered by the wasm engine: a few done here (database creation, scripts,
// SQLite reset), the rest forwarded with the fallbacks the wasm engine needs. API: rpcMethods(context) → call(method, params).
import { createDatabase } from "./database-lifecycle.js";
import { NO_FILTERS } from "./schema-engine.js";
import { dropAllSqliteObjects } from "./sqlite-migration-adapter.js";

/** @typedef {import("./load-schema-engine.js").WasmSchemaEngine} WasmSchemaEngine */
/** @typedef {Awaited<ReturnType<typeof import("./schema-engine.js").openSchemaEngine>>} OpenedEngine */

const FORWARDED = [
  "applyMigrations",
  "createMigration",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "schemaPush",
  "debugPanic",
];

/**
 * @param {{ open: () => Promise<OpenedEngine>, print: (content: string) => Promise<unknown>, datasourceUrl?: string }} context
 * @returns {(method: string, params: any) => Promise<{ found: boolean, result?: unknown }>}
 */
export function rpcMethods({ open, print, datasourceUrl }) {
  /** @type {Record<string, (params: any) => Promise<unknown>>} */
  const handlers = {
    async createDatabase(params) {
      const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasourceUrl;
      return { databaseName: await createDatabase(url, process.cwd()) };
    },
    async diff(params) {
      const { engine } = await open();
      const { stdout, exitCode } = await engine.diff(params);
      if (stdout) await print(stdout);
      return { exitCode };
    },
    async dbExecute(params) {
      // Run on the configured datasource through the adapter (whole script, like the native engine).
      const { factory } = await open();
      const adapter = await factory.connect();
      try {
        await adapter.executeScript(params.script);
      } finally {
        await adapter.dispose();
      }
      return {};
    },
    async getDatabaseVersion(params) {
      const { engine } = await open();
      return engine.version(params);
    },
    async reset(params) {
      const { engine, provider, factory } = await open();
      if (provider !== "sqlite") return engine.reset(params);
      const adapter = await factory.connect();
      try {
        await dropAllSqliteObjects(adapter);
      } finally {
        await adapter.dispose();
      }
      return {};
    },
  };

  /**
   * @param {string} method
   * @param {any} params
   */
  async function forward(method, params) {
    const { engine } = await open();
    const call = () => /** @type {any} */ (engine)[method](params);
    if (method === "devDiagnostic") await ensureMigrationsTable(engine, params);
    try {
      return await call();
    } catch (error) {
      if (!params?.migrationsList) throw error;
      const err = /** @type {{ code?: string, message?: string }} */ (error);
      if (
        err?.code === "P1014" &&
        ["diagnoseMigrationHistory", "markMigrationApplied", "evaluateDataLoss", "createMigration"].includes(method)
      ) {
        await ensureMigrationsTable(engine, params);
        return call();
      }
      // evaluateDataLoss and createMigration have no access to the shadow database factory: they rely
      // on the engine's cache of the migrations' schema, which a diagnosis through the factory fills.
      if (/shadow DB must be provided through an external factory/.test(err?.message ?? "")) {
        await engine.diagnoseMigrationHistory({
          migrationsList: params.migrationsList,
          optInToShadowDatabase: true,
          filters: params.filters ?? NO_FILTERS,
        });
        return call();
      }
      throw error;
    }
  }

  return async (method, params) => {
    if (handlers[method]) return { found: true, result: await handlers[method](params) };
    if (FORWARDED.includes(method)) return { found: true, result: await forward(method, params) };
    return { found: false };
  };
}

/**
 * The wasm engine fails with P1014 on a database without `_prisma_migrations` where the native one
 * starts a history, and on PostgreSQL `migrate dev` then cannot reach a shadow database. An apply of
 * an empty migration list makes the engine create the table with its own DDL.
 * @param {WasmSchemaEngine} engine
 * @param {any} params
 */
function ensureMigrationsTable(engine, params) {
  return engine.applyMigrations({
    migrationsList: { ...params.migrationsList, migrationDirectories: [] },
    filters: NO_FILTERS,
  });
}
