// better-sqlite3 gives Prisma one connection: a query issued while another request's interactive transaction is
// open would run inside it (and vanish on its rollback). This gate queues bare queries behind open transactions.
// It also hands the connection and its lock to lib/db/sql-session.ts, whose statements take the same turns.
// API: gateBareQueries(factory, onConnect?), GatedConnection.
import type Database from "better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { applyCheckpointPolicy } from "./checkpoint-policy";

/** A FIFO lock: transactions hold it from BEGIN to COMMIT/ROLLBACK, bare queries for the one statement. */
function fifoLock() {
  let tail: Promise<void> = Promise.resolve();
  // Holders and waiters: 0 means nothing holds the lock and nothing waits for it.
  let taken = 0;
  async function acquire(): Promise<() => void> {
    taken++;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => held);
    await previous;
    return () => {
      taken--;
      release();
    };
  }
  return { acquire, isFree: () => taken === 0 };
}

type Prepare = (sql: string) => unknown;

/** The adapter's one connection and the lock every use of it takes, for SQL run beside Prisma. */
export interface GatedConnection {
  db: Database.Database;
  /** Runs `fn` when no transaction is open on the connection and none starts until it settles. */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T>;
  /** Nothing holds or waits for the connection: a synchronous statement may run at once, without taking a turn. */
  isFree(): boolean;
}

function gate(adapter: SqlDriverAdapter, onConnect?: (connection: GatedConnection) => void): SqlDriverAdapter {
  const { acquire, isFree } = fifoLock();
  // Take the write lock when a transaction begins (BEGIN IMMEDIATE): a deferred transaction that reads and then
  // writes fails at once with SQLITE_BUSY when another process (CLI, worker, second instance) wrote in between,
  // while an immediate one waits its turn under the busy timeout.
  const client = (adapter as unknown as { client: Database.Database }).client;
  const prepare: Prepare = client.prepare.bind(client);
  (client as { prepare: Prepare }).prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
  // In WAL mode NORMAL syncs at checkpoints rather than at every commit: still never corrupt, and a commit is only
  // lost to a power cut, not to a crash of this process (https://www.sqlite.org/pragma.html#pragma_synchronous).
  client.pragma("synchronous = NORMAL");
  // In the server the request-log thread runs the WAL checkpoints, off the requests' thread (wal-checkpoints.ts).
  applyCheckpointPolicy(client);
  // SQLite's default page cache is 2 MB: a directory of 10,000 users and its request log outgrow it at once.
  client.pragma("cache_size = -65536");
  // A write inside a SAVEPOINT (the second and later writes of a group, sqlite-write-transaction.ts) copies each page
  // it changes to a statement journal, which spills to a temporary file past 64 KiB: a SCIM POST changes ~30 pages.
  // In memory the copies cost a memcpy each; sorts and temporary tables stay in memory too.
  client.pragma("temp_store = MEMORY");
  client.pragma("mmap_size = 268435456");
  // ORG_CENTER_SQLITE_MAX_MB caps the database file: past it a write fails as on a full disk (SQLITE_FULL, which
  // SCIM answers with 503 and Retry-After), e.g. to keep the database from filling a volume it shares.
  const maxMb = Number(process.env.ORG_CENTER_SQLITE_MAX_MB);
  if (Number.isFinite(maxMb) && maxMb > 0)
    client.pragma(
      `max_page_count = ${Math.ceil((maxMb * 1048576) / Number(client.pragma("page_size", { simple: true })))}`,
    );
  const startTransaction = adapter.startTransaction.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);

  adapter.startTransaction = async (isolationLevel) => {
    const release = await acquire();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(release);
    tx.rollback = () => rollback().finally(release);
    return tx;
  };
  const bare =
    <T>(run: (q: SqlQuery) => Promise<T>) =>
    async (query: SqlQuery) => {
      const release = await acquire();
      try {
        return await run(query);
      } finally {
        release();
      }
    };
  adapter.queryRaw = bare(queryRaw);
  adapter.executeRaw = bare(executeRaw);
  onConnect?.({
    db: client,
    isFree,
    async exclusive(fn) {
      const release = await acquire();
      try {
        return await fn();
      } finally {
        release();
      }
    },
  });
  return adapter;
}

export function gateBareQueries<F extends SqlDriverAdapterFactory>(
  factory: F,
  onConnect?: (connection: GatedConnection) => void,
): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => gate(await connect(), onConnect);
  return factory;
}
