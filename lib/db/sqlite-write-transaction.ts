// A write transaction on SQLite whose wait for the write lock does not stop the thread. SQLite's own busy handler
// sleeps (1, 2, 5, 10 ms… up to the busy timeout) inside the call that wanted the lock, and better-sqlite3 calls are
// synchronous: a SCIM write that met another connection's transaction (the request-log thread's commit, a provisioning
// engine's batch in another process, the CLI) stopped every request of the process until the lock came free. In
// bench:provision the app's main thread slept so for ~9% of the cycle, while reads that needed no lock queued behind.
// Here BEGIN IMMEDIATE is tried without a busy timeout; while another connection holds the lock, the connection's turn
// is handed back and the attempt repeated 1 ms later (5 ms once 50 ms have passed), so this thread's other work goes on.
// Past `timeoutMs` the SQLITE_BUSY error is thrown, as SQLite's busy timeout would (SCIM answers 503).
// API: sqliteWriteTransaction(connection, timeoutMs, fn) → fn's result, committed (rolled back when fn throws).
import { setTimeout as sleep } from "node:timers/promises";
import type Database from "better-sqlite3";
import { isDatabaseBusy } from "./db-errors";
import type { GatedConnection } from "./gate-sqlite-adapter";

type Statements = {
  begin: Database.Statement;
  commit: Database.Statement;
  rollback: Database.Statement;
  /** The connection's own busy timeout, put back after each attempt: its other statements (Prisma's, bare writes)
   * keep waiting as configured. */
  ownTimeout: number;
};

const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      begin: db.prepare("BEGIN IMMEDIATE"),
      commit: db.prepare("COMMIT"),
      rollback: db.prepare("ROLLBACK"),
      ownTimeout: Number(db.pragma("busy_timeout", { simple: true })),
    };
    prepared.set(db, s);
  }
  return s;
}

/** BEGIN IMMEDIATE at once, or the SQLITE_BUSY error when another connection holds the write lock. */
function tryBegin(db: Database.Database, s: Statements): unknown {
  // A PRAGMA acts when it is prepared; a prepared one is prepared again only from its second run on, so its first run
  // changes nothing. exec prepares it every time (~1.5 µs).
  db.exec("PRAGMA busy_timeout = 0");
  try {
    s.begin.run();
    return null;
  } catch (error) {
    if (isDatabaseBusy(error)) return error;
    throw error;
  } finally {
    db.exec(`PRAGMA busy_timeout = ${s.ownTimeout}`);
  }
}

export async function sqliteWriteTransaction<T>(
  connection: GatedConnection,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const attempt = await connection.exclusive(async (): Promise<{ value: T } | { busy: unknown }> => {
      const s = statements(connection.db);
      const busy = tryBegin(connection.db, s);
      if (busy) return { busy };
      try {
        const value = await fn();
        s.commit.run();
        return { value };
      } catch (error) {
        if (connection.db.inTransaction) s.rollback.run();
        throw error;
      }
    });
    if ("value" in attempt) return attempt.value;
    const waited = performance.now() - started;
    if (waited >= timeoutMs) throw attempt.busy;
    await sleep(waited < 50 ? 1 : 5);
  }
}
