// Where SQLite's WAL checkpoints run. By default a connection checkpoints inside the commit that takes the WAL past
// 1,000 pages: in the server that is often a SCIM write, which then copies megabytes into the database file and syncs
// it while every other request waits (better-sqlite3 is synchronous): the tail of the write latencies. The server
// hands them off when it starts the request-log thread (handCheckpointsOff()): this thread's connection stops
// checkpointing, and the request-log thread runs checkpointWal() once a second, so the WAL stays bounded. A PASSIVE
// checkpoint blocks no reader and no writer. takeCheckpointsBack() undoes the hand-off (when that thread is gone for
// good). A process that writes beside the server without that thread (the jobs worker) checkpoints on a timer of its
// own instead (checkpointOnTimer()): a checkpoint inside a commit holds the write lock while it copies and syncs, so
// every other process's writes wait for it (a provisioning batch's commit took 29 ms with it, 5 ms without).
// API: handCheckpointsOff(), takeCheckpointsBack(), checkpointWal(), checkpointOnTimer(intervalMs) (SQLite only).
import { applyCheckpointPolicy, setCheckpointsHandedOff } from "./checkpoint-policy";
import { getDirectDatabase, openDirectDatabase, openRequestLogDatabase } from "./client";
import { resolveDatabaseUrl } from "./database-url";
import { childLogger } from "@/lib/log/logger";

/** The policy applies to this thread's open connections: the database's and the request log's (request-log-file.ts). */
function handOff(value: boolean): void {
  setCheckpointsHandedOff(value);
  for (const open of [openDirectDatabase(), openRequestLogDatabase()])
    if (open?.provider === "sqlite") applyCheckpointPolicy(open.connection.db);
}

export function handCheckpointsOff(): void {
  handOff(true);
}

export function takeCheckpointsBack(): void {
  handOff(false);
}

/**
 * A PASSIVE checkpoint on this thread's SQLite connection, in its turn (never inside one of its transactions), and on
 * its request-log connection when that is open.
 */
export async function checkpointWal(): Promise<void> {
  const db = await getDirectDatabase();
  if (db.provider !== "sqlite") throw new Error("WAL checkpoints are SQLite's");
  for (const open of [db, openRequestLogDatabase()]) {
    if (open?.provider !== "sqlite") continue;
    const { connection } = open;
    await connection.exclusive(() => connection.db.pragma("wal_checkpoint(PASSIVE)"));
  }
}

/**
 * This process's commits stop checkpointing, and a timer runs checkpointWal() every `intervalMs` instead, outside any
 * transaction. Nothing on PostgreSQL. Returns what stops the timer and gives the checkpoints back to the commits.
 */
export function checkpointOnTimer(intervalMs = 1000): () => void {
  if (resolveDatabaseUrl().provider !== "sqlite") return () => undefined;
  handCheckpointsOff();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkpointWal()
      .catch((error: Error) =>
        childLogger({ component: "db" }).warn(`A WAL checkpoint failed (${error.message}); the next one retries.`),
      )
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    takeCheckpointsBack();
  };
}
