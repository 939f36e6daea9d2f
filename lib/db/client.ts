// The one Prisma client. Chosen at runtime from DATABASE_URL (SQLite or PostgreSQL) and typed as the
// SQLite client so callers get one API; created on first use, kept on globalThis across dev reloads.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { gateBareQueries } from "./gate-sqlite-adapter";
import Database from "better-sqlite3";
import { pgConnectionConfig } from "./connection-config.js";
import { resolveDatabaseUrl } from "./database-url";
import { PrismaClient as PgPrismaClient } from "./generated/pg/client";
import { PrismaClient } from "./generated/sqlite/client";

export type { PrismaClient };

/** How long a SQLite writer waits for another writer's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// Prisma's defaults (2 s to start, 5 s to finish) are shorter than SQLite's busy timeout: a transaction waiting
// for another process's write lock on a busy machine must not be failed before SQLite itself would give up.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

type Cached = { rawUrl: string | undefined; url: string; client: PrismaClient };
const globalForPrisma = globalThis as typeof globalThis & { __orgCenterPrisma?: Cached };

export function createSqliteClient(file: string): PrismaClient {
  if (file !== ":memory:") {
    // WAL lets readers carry on while one writer commits; the mode is stored in the file itself.
    const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = WAL");
    db.close();
  }
  // better-sqlite3's `timeout` is SQLite's busy_timeout: concurrent writers wait instead of failing.
  const adapter = gateBareQueries(new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

function createPgClient(url: string): PrismaClient {
  // Host, port, user and database passed separately, never as a connection string.
  const { pool, schema } = pgConnectionConfig(url);
  const adapter = new PrismaPg(pool, schema ? { schema } : undefined);
  // Same models, same queries: the PostgreSQL client only differs in provider-specific extras.
  return new PgPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
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
  if (cached) void cached.client.$disconnect().catch(() => {});
  const client = provider === "sqlite" ? createSqliteClient(sqlitePath ?? ":memory:") : createPgClient(url);
  globalForPrisma.__orgCenterPrisma = { rawUrl, url, client };
  return client;
}

/** Closes the shared client; the next use opens a new one. */
export async function disconnectPrisma(): Promise<void> {
  const cached = globalForPrisma.__orgCenterPrisma;
  globalForPrisma.__orgCenterPrisma = undefined;
  await cached?.client.$disconnect();
}

/** `prisma.account.findMany()` etc.; importing this module opens no database. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrismaClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
