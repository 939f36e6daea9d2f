// Write transactions on SQLite: committed in groups, and waiting for the write lock without stopping the thread.
//
// Groups: the writes that queue together (those of the requests read in one turn of the event loop, or that came
// while the lock was taken) run one after another in one transaction and are committed once. Each but the first runs
// inside a SAVEPOINT, so a write that throws is rolled back alone and the others commit (when the first throws, the
// transaction holds only its work and is rolled back). Each caller's promise settles after the group's COMMIT: a
// write is never answered before it is stored, and a COMMIT that fails fails every write of its group. A COMMIT costs
// the thread about as much as a SCIM POST's own statements (~30 WAL frames), so under concurrent writes it is paid
// once for several. A group takes at most MAX_GROUP writes, so the reads queued behind it wait for no more.
//
// Waiting: SQLite's own busy handler sleeps (1, 2, 5, 10 ms… up to the busy timeout) inside the call that wanted the
// lock, and better-sqlite3 calls are synchronous: a SCIM write that met another connection's transaction (the
// request-log thread's commit, a provisioning engine's batch in another process, the CLI) stopped every request of
// the process until the lock came free. Here BEGIN IMMEDIATE is tried without a busy timeout; while another connection
// holds the lock, the connection's turn is handed back and the attempt repeated 1 ms later (5 ms once 50 ms have
// passed), so this thread's other work goes on. A write still waiting `timeoutMs` after it came gets the SQLITE_BUSY
// error, as SQLite's busy timeout would give it (SCIM answers 503).
// API: sqliteWriteTransaction(connection, timeoutMs, fn) → fn's result, committed (rolled back when fn throws).
import { setTimeout as sleep } from "node:timers/promises";
import type Database from "better-sqlite3";
import { isDatabaseBusy } from "./db-errors";
import type { GatedConnection } from "./gate-sqlite-adapter";

/** The most writes one transaction takes: a group of SCIM writes holds the connection for a few milliseconds. */
export const MAX_GROUP = 16;

type Statements = {
  begin: Database.Statement;
  commit: Database.Statement;
  rollback: Database.Statement;
  savepoint: Database.Statement;
  release: Database.Statement;
  rollbackTo: Database.Statement;
  /** The connection's own busy timeout, put back after each attempt: its other statements (Prisma's, bare writes)
   * keep waiting as configured. */
  ownTimeout: number;
};

type Write = {
  fn: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  deadline: number;
};

type Writer = { statements: Statements; queue: Write[]; running: boolean };

const writers = new WeakMap<Database.Database, Writer>();

function writerFor(db: Database.Database): Writer {
  let w = writers.get(db);
  if (!w) {
    w = {
      statements: {
        begin: db.prepare("BEGIN IMMEDIATE"),
        commit: db.prepare("COMMIT"),
        rollback: db.prepare("ROLLBACK"),
        savepoint: db.prepare("SAVEPOINT write"),
        release: db.prepare("RELEASE write"),
        rollbackTo: db.prepare("ROLLBACK TO write"),
        ownTimeout: Number(db.pragma("busy_timeout", { simple: true })),
      },
      queue: [],
      running: false,
    };
    writers.set(db, w);
  }
  return w;
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

/**
 * One group: BEGIN IMMEDIATE, the queued writes one after another, COMMIT, then every caller told. The first write
 * runs without a savepoint: when it throws, the whole transaction (only its own work) is rolled back and the next
 * group takes the rest. Returns the busy error when the lock was held elsewhere (nothing ran).
 */
async function runGroup(db: Database.Database, w: Writer): Promise<unknown> {
  const s = w.statements;
  const busy = tryBegin(db, s);
  if (busy) return busy;
  const done: Array<{ write: Write; value: unknown }> = [];
  const size = Math.min(w.queue.length, MAX_GROUP);
  try {
    for (let n = 0; n < size; n++) {
      const write = w.queue.shift()!;
      const alone = n === 0;
      try {
        if (!alone) s.savepoint.run();
        const value = await write.fn();
        if (!alone) s.release.run();
        done.push({ write, value });
      } catch (error) {
        write.reject(error);
        // The first write's own work, or SQLite rolled the whole transaction back itself (disk full, an I/O error):
        // with it went the group's earlier writes, which fail with the same error (below).
        if (alone || !db.inTransaction) throw error;
        s.rollbackTo.run();
        s.release.run();
      }
    }
    s.commit.run();
  } catch (error) {
    if (db.inTransaction) s.rollback.run();
    for (const d of done) d.write.reject(error);
    return null;
  }
  for (const d of done) d.write.resolve(d.value);
  return null;
}

/** Runs groups until the queue is empty; while the lock is held elsewhere, waits and gives up on writes past due. */
async function drain(connection: GatedConnection, w: Writer): Promise<void> {
  let busySince: number | null = null;
  try {
    while (w.queue.length > 0) {
      let busy: unknown;
      try {
        busy = await connection.exclusive(() => runGroup(connection.db, w));
      } catch (error) {
        // BEGIN failed for another reason than the lock (an I/O error): the writes waiting now get that error.
        for (const write of w.queue.splice(0)) write.reject(error);
        return;
      }
      if (!busy) {
        busySince = null;
        continue;
      }
      const now = performance.now();
      busySince ??= now;
      w.queue = w.queue.filter((write) => {
        if (now < write.deadline) return true;
        write.reject(busy);
        return false;
      });
      await sleep(now - busySince < 50 ? 1 : 5);
    }
  } finally {
    w.running = false;
  }
}

export function sqliteWriteTransaction<T>(
  connection: GatedConnection,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const w = writerFor(connection.db);
  return new Promise<T>((resolve, reject) => {
    w.queue.push({
      fn,
      resolve: resolve as (value: unknown) => void,
      reject,
      deadline: performance.now() + timeoutMs,
    });
    if (w.running) return;
    w.running = true;
    // The group starts once this turn of the event loop is over: the writes of the requests read in it join.
    setImmediate(() => void drain(connection, w));
  });
}
