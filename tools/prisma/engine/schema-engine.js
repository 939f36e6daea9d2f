// @ts-check
// Opens Prisma's wasm schema engine on a database URL through the project's driver adapter
// factories. Used by tools/prisma/schema-engine.js (the CLI's engine) and lib/db/migrate.ts (in-process).
import { createRequire } from "node:module";
import { detectProvider, sqliteFilePath } from "./connection-config.js";
import { loadSchemaEngineWasm } from "./load-schema-engine.js";
import { createPgMigrationFactory } from "./pg-migration-adapter.js";
import { createSqliteMigrationFactory } from "./sqlite-migration-adapter.js";

export { toUserFacingError } from "./engine-errors.js";
export { readMigrationsList } from "./migrations-list.js";

/** @typedef {import("./load-schema-engine.js").WasmSchemaEngine} WasmSchemaEngine */
/** @typedef {ReturnType<typeof createSqliteMigrationFactory> | ReturnType<typeof createPgMigrationFactory>} MigrationFactory */

const require = createRequire(import.meta.url);
// A dependency of the adapters, not of the project: resolve it from where the adapter finds it.
/** @type {typeof import("@prisma/driver-adapter-utils")} */
const adapterUtils = createRequire(require.resolve("@prisma/adapter-pg"))("@prisma/driver-adapter-utils");

/**
 * @typedef {object} OpenOptions
 * @property {string} [url] database URL; without one only schema-to-schema work is possible
 * @property {string} [shadowDatabaseUrl]
 * @property {"sqlite" | "postgresql"} [provider] used when there is no URL
 * @property {[string, string][]} [datamodels] [path, content] of the Prisma schema files
 * @property {string} [baseDir] relative SQLite paths resolve against it (default: cwd)
 * @property {(line: string) => void} [log] receives the engine's JSON log lines
 */

/**
 * @param {OpenOptions} options
 */
export async function openSchemaEngine(options) {
  const { url, shadowDatabaseUrl, datamodels, baseDir = process.cwd(), log = () => {} } = options;
  const provider = url ? detectProvider(url) : (options.provider ?? "sqlite");
  /** @type {MigrationFactory} */
  const factory =
    provider === "sqlite"
      ? createSqliteMigrationFactory({
          file: url ? sqliteFilePath(url, baseDir) : ":memory:",
          shadowFile: shadowDatabaseUrl ? sqliteFilePath(shadowDatabaseUrl, baseDir) : ":memory:",
        })
      : createPgMigrationFactory({ url: url ?? missingUrl(), shadowDatabaseUrl });
  const bound = adapterUtils.bindMigrationAwareSqlAdapterFactory(factory);
  const wasm = await loadSchemaEngineWasm();
  const engine = await wasm.SchemaEngine.new({ datamodels: datamodels?.length ? datamodels : undefined }, log, bound);
  let closed = false;
  return {
    engine: keepAliveWhilePending(engine),
    provider,
    factory,
    errorRegistry: /** @type {{ consumeError(id: number): { error: unknown } | undefined }} */ (
      /** @type {unknown} */ (bound.errorRegistry)
    ),
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await factory.close();
    },
  };
}

/**
 * The engine's own timers are unref'd (see load-schema-engine.js), so a pending call holds a timer of
 * its own: otherwise a call waiting only on such a timer would let the process exit mid-migration.
 * @template {object} T
 * @param {T} engine
 * @returns {T}
 */
function keepAliveWhilePending(engine) {
  return new Proxy(engine, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (/** @type {unknown[]} */ ...args) => {
        const result = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        const keepAlive = setInterval(() => {}, 60_000);
        return result.finally(() => clearInterval(keepAlive));
      };
    },
  });
}

/** @returns {never} */
function missingUrl() {
  throw new Error("No datasource URL: set DATABASE_URL to a postgres:// URL (see prisma/postgres/prisma.config.ts).");
}

export const NO_FILTERS = Object.freeze({ externalTables: [], externalEnums: [] });
