// Plain SQL beside Prisma, for the SCIM service's hot paths: Prisma 7 spends ~150 µs of CPU compiling and
// interpreting every query, a prepared SQLite statement ~10 µs. One dialect-neutral form for both databases:
// `?` placeholders (numbered for PostgreSQL), double-quoted identifiers, and values converted the way Prisma
// stores them (SQLite: booleans 0/1, dates as ISO text, JSON as text). On SQLite the statements run on Prisma's own
// connection and take turns with its transactions (gate-sqlite-adapter.ts), so nothing reads uncommitted rows.
// API: sqlSession() → SqlSession (bare statements), sqlRead(fn, within?), sqlTransaction(fn, prismaClient?), SqlValue,
// asBool(), asDate(), asJson(), sqlList(n), sqlRows(rows, columns), sqlLimit(n). Fragments built with Prisma's tag
// (the log viewers' SQL) live in sql.ts.
import type Database from "better-sqlite3";
import type pg from "pg";
import {
  getDirectDatabase,
  openDirectDatabase,
  SQLITE_BUSY_TIMEOUT_MS,
  type DirectDatabase,
  type PrismaClient,
} from "./client";
import type { GatedConnection } from "./gate-sqlite-adapter";
import { sqliteWriteTransaction } from "./sqlite-write-transaction";

export type SqlValue = string | number | boolean | Date | null;
export type SqlRow = Record<string, unknown>;

export interface SqlSession {
  all<T = SqlRow>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = SqlRow>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** INSERT, UPDATE, DELETE: the number of rows changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
  /** On SQLite, inside sqlRead and sqlTransaction: the connection, as a key for what is valid on it alone. */
  readonly connection?: object;
}

/** `?, ?, ?` for an IN list of n values. */
export function sqlList(n: number): string {
  return n < LISTS.length ? LISTS[n]! : Array.from({ length: n }, () => "?").join(", ");
}
const LISTS = Array.from({ length: 101 }, (_, n) => Array.from({ length: n }, () => "?").join(", "));

/**
 * `LIMIT n` with the number written into the text. A bound LIMIT costs SQLite a full re-prepare of the statement at
 * every run (the plan may depend on its value, so rebinding it expires the statement): an indexed lookup took 17 µs
 * instead of 5. A bound OFFSET does not, so pages keep one statement.
 */
export function sqlLimit(take: number): string {
  if (!Number.isSafeInteger(take) || take < 0) throw new RangeError(`LIMIT takes a whole number ≥ 0, not ${take}`);
  return `LIMIT ${take}`;
}

/** `(?, ?), (?, ?)` for `rows` rows of `columns` values each: a multi-row VALUES list. */
export function sqlRows(rows: number, columns: number): string {
  const row = `(${sqlList(columns)})`;
  return Array.from({ length: rows }, () => row).join(", ");
}

export const asBool = (value: unknown): boolean => value === true || value === 1 || value === 1n;

export function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "string" || typeof value === "number") return new Date(value);
  throw new TypeError(`Not a stored date: ${String(value)}`);
}

/** JSON columns: text on SQLite, parsed already on PostgreSQL. */
export function asJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : (value ?? null);
}

// ---- SQLite: prepared once per connection, run synchronously under the gate ----

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const MAX_CACHED = 1000;

function prepared(db: Database.Database, text: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    // Prisma's adapter turns safe integers on for the connection; these columns hold small numbers.
    if (statement.reader) statement.safeIntegers(false);
    // Bounded like pgText's map: SCIM filters of any shape run here, and a client could send endless new shapes.
    if (cache.size < MAX_CACHED) cache.set(text, statement);
  }
  return statement;
}

/** Prisma's own SQLite format for DateTime: `2026-11-29T13:41:46.666+00:00`. */
function sqliteValue(value: SqlValue): string | number | null {
  if (value === true) return 1;
  if (value === false) return 0;
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  return value;
}

function sqliteSession(db: Database.Database): SqlSession {
  const args = (params: readonly SqlValue[] = []) => params.map(sqliteValue);
  return {
    connection: db,
    async all<T>(text: string, params?: readonly SqlValue[]) {
      return prepared(db, text).all(...args(params)) as T[];
    },
    async get<T>(text: string, params?: readonly SqlValue[]) {
      return prepared(db, text).get(...args(params)) as T | undefined;
    },
    async run(text, params) {
      return prepared(db, text).run(...args(params)).changes;
    },
  };
}

/**
 * Each bare statement takes its own turn on the connection. better-sqlite3 runs a statement synchronously, so when
 * nothing holds or waits for the connection the statement runs at once: no transaction can be open around it and
 * none can start while it runs.
 */
function sqliteBare(connection: GatedConnection): SqlSession {
  const { db } = connection;
  const turn = <T>(fn: () => T): Promise<T> => {
    if (!connection.isFree()) return connection.exclusive(fn);
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const args = (params: readonly SqlValue[] = []) => params.map(sqliteValue);
  return {
    all: <T>(text: string, params?: readonly SqlValue[]) => turn(() => prepared(db, text).all(...args(params)) as T[]),
    get: <T>(text: string, params?: readonly SqlValue[]) =>
      turn(() => prepared(db, text).get(...args(params)) as T | undefined),
    run: (text, params) => turn(() => prepared(db, text).run(...args(params)).changes),
  };
}

// ---- PostgreSQL: a small pool of its own, `?` rewritten to `$1, $2, …` ----

const numbered = new Map<string, string>();

function pgText(text: string): string {
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    if (numbered.size < 1000) numbered.set(text, out);
  }
  return out;
}

/** Dates as UTC text: the columns are timestamp(3) without time zone, as Prisma creates them. */
function pgValue(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

function pgSession(client: pg.Pool | pg.PoolClient): SqlSession {
  const query = (text: string, params: readonly SqlValue[] = []) => client.query(pgText(text), params.map(pgValue));
  return {
    async all<T>(text: string, params?: readonly SqlValue[]) {
      return (await query(text, params)).rows as T[];
    },
    async get<T>(text: string, params?: readonly SqlValue[]) {
      return (await query(text, params)).rows[0] as T | undefined;
    },
    async run(text, params) {
      return (await query(text, params)).rowCount ?? 0;
    },
  };
}

// ---- entry points ----

// One session object per connection or pool, made on first use: bare statements allocate nothing more.
const bareSessions = new WeakMap<object, SqlSession>();

function sessionFor(db: DirectDatabase): SqlSession {
  const key = db.provider === "sqlite" ? db.connection : db.pool;
  let session = bareSessions.get(key);
  if (!session)
    bareSessions.set(key, (session = db.provider === "sqlite" ? sqliteBare(db.connection) : pgSession(db.pool)));
  return session;
}

/** The session at once when the database is open (every call but the first), else once it is. */
function bareSession(): SqlSession | Promise<SqlSession> {
  const open = openDirectDatabase();
  return open ? sessionFor(open) : getDirectDatabase().then(sessionFor);
}

const BARE: SqlSession = {
  all<T>(text: string, params?: readonly SqlValue[]) {
    const session = bareSession();
    return session instanceof Promise ? session.then((s) => s.all<T>(text, params)) : session.all<T>(text, params);
  },
  get<T>(text: string, params?: readonly SqlValue[]) {
    const session = bareSession();
    return session instanceof Promise ? session.then((s) => s.get<T>(text, params)) : session.get<T>(text, params);
  },
  run(text, params) {
    const session = bareSession();
    return session instanceof Promise ? session.then((s) => s.run(text, params)) : session.run(text, params);
  },
};

/** Bare statements (each its own implicit transaction) on the current DATABASE_URL's database. */
export function sqlSession(): SqlSession {
  return BARE;
}

/**
 * Several reads as one: on SQLite one read transaction in one turn on the connection, so every statement sees the same
 * snapshot, and SQLite takes its WAL read lock and checks its page cache once rather than at each statement (a
 * lookup's five statements took 32 µs so, 84 µs as bare statements); pooled statements on PostgreSQL. `within`: a
 * read the caller already holds (a SCIM GET reads in one, handle-scim-request.ts), used as it is. `fn` must only read,
 * and only through `db`: a bare statement would wait for the turn this holds.
 */
export async function sqlRead<T>(fn: (db: SqlSession) => Promise<T>, within?: SqlSession): Promise<T> {
  if (within) return fn(within);
  const db = openDirectDatabase() ?? (await getDirectDatabase());
  if (db.provider === "postgresql") return fn(pgSession(db.pool));
  const raw = db.connection.db;
  return db.connection.exclusive(async () => {
    raw.exec("BEGIN");
    let result: T;
    try {
      result = await fn(sqliteSession(raw));
    } catch (error) {
      // SQLite may have ended the transaction itself (an I/O error): the original error is the one to report.
      if (raw.inTransaction) raw.exec("ROLLBACK");
      throw error;
    }
    raw.exec("COMMIT");
    return result;
  });
}

/**
 * Runs `fn` in one transaction (BEGIN IMMEDIATE on SQLite: the write lock is taken up front, so a read-then-write
 * never fails half way, and waited for without stopping the thread: sqlite-write-transaction.ts), committed when `fn`
 * resolves and rolled back when it throws. `fn` must use only `tx`. `prismaClient`: another client's database than the
 * main one (getRequestLogClient()).
 */
export async function sqlTransaction<T>(fn: (tx: SqlSession) => Promise<T>, prismaClient?: PrismaClient): Promise<T> {
  const db = await getDirectDatabase(prismaClient);
  if (db.provider === "sqlite") {
    const { connection } = db;
    return sqliteWriteTransaction(connection, SQLITE_BUSY_TIMEOUT_MS, () => fn(sqliteSession(connection.db)));
  }
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(pgSession(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
