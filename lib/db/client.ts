// The Prisma client (and, on a SQLite file, the request log's: request-log-file.ts). Chosen at runtime from
// DATABASE_URL (SQLite or PostgreSQL) and typed as the SQLite client so callers get one API; created on first use,
// kept on globalThis across dev reloads.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { setAutocheckpointPages } from "./checkpoint-policy";
import { gateBareQueries, type GatedConnection } from "./gate-sqlite-adapter";
import Database from "better-sqlite3";
import pg from "pg";
import { pgConnectionConfig } from "../../tools/prisma/engine/connection-config.js";
import { resolveDatabaseUrl } from "./database-url";
import { prepareRequestLogFile, requestLogPath } from "./request-log-file";
import { logger } from "@/lib/log/logger";
import { PrismaClient as PgPrismaClient } from "./generated/pg/client";
import { PrismaClient } from "./generated/sqlite/client";

export type { PrismaClient };

/** How long a SQLite writer waits for another writer's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// Prisma's defaults (2 s to start, 5 s to finish) are shorter than SQLite's busy timeout: a transaction waiting
// for another process's write lock on a busy machine must not be failed before SQLite itself would give up.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

type Cached = {
  rawUrl: string | undefined;
  url: string;
  client: PrismaClient;
  /** A SQLite file's path (not in memory): the request log has a file of its own beside it. */
  sqliteFile?: string;
  /** getRequestLogClient(), once made. */
  requestLog?: PrismaClient;
};

// What lib/db/sql-session.ts runs its statements on: the SQLite connection Prisma opened (with its lock), or a pg pool.
// On globalThis like the client itself: the SCIM server loads this module apart from Next's bundle (bin/server.js).
type DirectRegistry = {
  sqliteConnections: WeakMap<PrismaClient, { current?: GatedConnection }>;
  pgPools: WeakMap<PrismaClient, { config: pg.PoolConfig; pool?: pg.Pool }>;
};
const globalForDirect = globalThis as typeof globalThis & { __orgCenterDirectDb?: DirectRegistry };
const { sqliteConnections, pgPools } = (globalForDirect.__orgCenterDirectDb ??= {
  sqliteConnections: new WeakMap(),
  pgPools: new WeakMap(),
});
const globalForPrisma = globalThis as typeof globalThis & { __orgCenterPrisma?: Cached };

/**
 * `pagesMib`: the connection's page cache in MiB and no memory map, for the request log's file (a write-mostly log
 * whose pages would otherwise add up to 256 MiB of mapped file to the process's memory beside the database's).
 * `checkpointPages`: the WAL size at which its commits checkpoint, when not SQLite's 1,000 (checkpoint-policy.ts).
 */
export function createSqliteClient(
  file: string,
  { pagesMib, checkpointPages }: { pagesMib?: number; checkpointPages?: number } = {},
): PrismaClient {
  if (file !== ":memory:") {
    // WAL lets readers carry on while one writer commits; the mode is stored in the file itself.
    const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = WAL");
    db.close();
  }
  // better-sqlite3's `timeout` is SQLite's busy_timeout: concurrent writers wait instead of failing.
  const holder: { current?: GatedConnection } = {};
  const adapter = gateBareQueries(
    new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    (connection) => {
      if (pagesMib !== undefined) {
        connection.db.pragma("mmap_size = 0");
        connection.db.pragma(`cache_size = -${pagesMib * 1024}`);
      }
      if (checkpointPages !== undefined) setAutocheckpointPages(connection.db, checkpointPages);
      holder.current = connection;
    },
  );
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  sqliteConnections.set(client, holder);
  return client;
}

function createPgClient(url: string): PrismaClient {
  // Host, port, user and database passed separately, never as a connection string.
  const { pool, schema } = pgConnectionConfig(url);
  const adapter = new PrismaPg(pool, schema ? { schema } : undefined);
  // Same models, same queries: the PostgreSQL client only differs in provider-specific extras.
  const client = new PgPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
  pgPools.set(client, {
    config: { ...pool, ...(schema ? { options: `-c search_path="${schema.replace(/"/g, '""')}"` } : {}) },
  });
  return client;
}

// timestamp(3) columns hold UTC without a zone (as Prisma writes them); pg would read them as local time.
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP && format !== "binary"
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

export type DirectDatabase =
  { provider: "sqlite"; connection: GatedConnection } | { provider: "postgresql"; pool: pg.Pool };

/** getDirectDatabase() without waiting: null until the SQLite connection is open or the pool exists. */
export function openDirectDatabase(client = getPrismaClient()): DirectDatabase | null {
  const sqlite = sqliteConnections.get(client);
  if (sqlite) return sqlite.current?.db.open ? { provider: "sqlite", connection: sqlite.current } : null;
  const pool = pgPools.get(client)?.pool;
  return pool ? { provider: "postgresql", pool } : null;
}

/**
 * The connection (SQLite, shared with Prisma under its lock) or pool (PostgreSQL) for lib/db/sql-session.ts, of the
 * main client or of getRequestLogClient().
 */
export async function getDirectDatabase(client = getPrismaClient()): Promise<DirectDatabase> {
  const sqlite = sqliteConnections.get(client);
  if (sqlite) {
    if (!sqlite.current?.db.open) await client.$connect();
    if (!sqlite.current?.db.open) throw new Error("The SQLite connection did not open");
    return { provider: "sqlite", connection: sqlite.current };
  }
  const entry = pgPools.get(client);
  if (!entry) throw new Error("No direct database access for this client");
  if (!entry.pool) {
    entry.pool = new pg.Pool({ ...entry.config, max: 4, types: pgTypes });
    // An idle connection the server closed (a restart) emits 'error' on the pool: without a listener that would
    // end the process. The pool drops the connection and opens a new one on the next query.
    entry.pool.on("error", (error) =>
      logger.warn(
        { component: "db" },
        `An idle database connection was closed (${error.message}); it will be replaced.`,
      ),
    );
  }
  return { provider: "postgresql", pool: entry.pool };
}

/** The shared client for the current DATABASE_URL (a new one if DATABASE_URL changed). */
export function getPrismaClient(): PrismaClient {
  const rawUrl = process.env.DATABASE_URL;
  const cached = globalForPrisma.__orgCenterPrisma;
  if (cached && cached.rawUrl === rawUrl) return cached.client;

  const { url, provider, sqlitePath } = resolveDatabaseUrl(rawUrl);
  if (cached && cached.url === url) {
    cached.rawUrl = rawUrl;
    return cached.client;
  }
  if (cached) void closeClients(cached).catch(() => {});
  const file = sqlitePath ?? ":memory:";
  const client = provider === "sqlite" ? createSqliteClient(file) : createPgClient(url);
  globalForPrisma.__orgCenterPrisma = {
    rawUrl,
    url,
    client,
    sqliteFile: provider === "sqlite" && file !== ":memory:" ? file : undefined,
  };
  return client;
}

const REQUEST_LOG_CACHE_MIB = 16;

/**
 * The request log's commits checkpoint its file at 10,000 WAL pages (40 MiB) rather than 1,000. Each row takes a random
 * page of its two resource indexes, and a page changed by several commits between two checkpoints is copied to the
 * file once. With the log thread's once-a-second checkpoint beside it (wal-checkpoints.ts), its CPU per stored row
 * went from 83–113 µs to 76–81 in a log of ~100,000 rows; in one of 1,000,000 it made no difference. Only the log
 * viewer reads the file.
 */
const REQUEST_LOG_CHECKPOINT_PAGES = 10_000;

/**
 * The client for the inbound request log's tables: on a SQLite file, one of its own on <name>.scim-log.db
 * (request-log-file.ts, prepared when first opened); on PostgreSQL and in-memory SQLite the main client.
 */
export function getRequestLogClient(): PrismaClient {
  const client = getPrismaClient();
  const cached = globalForPrisma.__orgCenterPrisma!;
  if (cached.requestLog) return cached.requestLog;
  if (!cached.sqliteFile) return (cached.requestLog = client);
  prepareRequestLogFile(cached.sqliteFile, SQLITE_BUSY_TIMEOUT_MS);
  return (cached.requestLog = createSqliteClient(requestLogPath(cached.sqliteFile), {
    pagesMib: REQUEST_LOG_CACHE_MIB,
    checkpointPages: REQUEST_LOG_CHECKPOINT_PAGES,
  }));
}

/** getRequestLogClient()'s connection when it is open already and not the main client's, else null. */
export function openRequestLogDatabase(): DirectDatabase | null {
  const cached = globalForPrisma.__orgCenterPrisma;
  return cached?.requestLog && cached.requestLog !== cached.client ? openDirectDatabase(cached.requestLog) : null;
}

/** The request log's SQLite file, or undefined where it is the main database (PostgreSQL, in memory). */
export function requestLogSqlitePath(): string | undefined {
  getPrismaClient();
  const file = globalForPrisma.__orgCenterPrisma!.sqliteFile;
  return file && requestLogPath(file);
}

/** Closes the shared clients; the next use opens new ones. */
export async function disconnectPrisma(): Promise<void> {
  const cached = globalForPrisma.__orgCenterPrisma;
  globalForPrisma.__orgCenterPrisma = undefined;
  if (cached) await closeClients(cached);
}

async function closeClients(cached: Cached): Promise<void> {
  const log = cached.requestLog !== cached.client ? cached.requestLog : undefined;
  await Promise.all([closeClient(cached.client), log && closeClient(log)]);
}

async function closeClient(client: PrismaClient): Promise<void> {
  const pool = pgPools.get(client)?.pool;
  await Promise.all([client.$disconnect(), pool?.end()]);
}

function clientProxy(getClient: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = getClient();
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

/** `prisma.account.findMany()` etc.; importing this module opens no database. */
export const prisma: PrismaClient = clientProxy(getPrismaClient);

/** `requestLogDb.scimRequestLog.findMany()`: the request log's tables, wherever they are (getRequestLogClient()). */
export const requestLogDb: PrismaClient = clientProxy(getRequestLogClient);
