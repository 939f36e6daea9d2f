// Where SQLite's WAL checkpoints run. By default a connection checkpoints inside the commit that takes the WAL past
// 1,000 pages: in the server that is often a SCIM write, which then copies megabytes into the database file and syncs
// it while every other request waits (better-sqlite3 is synchronous): the tail of the write latencies. The server
// hands them off when it starts the request-log thread (handCheckpointsOff()): this thread's connection stops
// checkpointing, and the request-log thread runs them, at its own commits (SQLite's default) and with
// checkpointWal() once a second, so the WAL stays bounded when no SCIM request comes. A PASSIVE checkpoint blocks no
// reader and no writer. takeCheckpointsBack() undoes the hand-off (when that thread is gone for good).
// API: handCheckpointsOff(), takeCheckpointsBack(), checkpointWal() (SQLite only).
import { applyCheckpointPolicy, setCheckpointsHandedOff } from "./checkpoint-policy";
import { getDirectDatabase, openDirectDatabase } from "./client";

function handOff(value: boolean): void {
  setCheckpointsHandedOff(value);
  const open = openDirectDatabase();
  if (open?.provider === "sqlite") applyCheckpointPolicy(open.connection.db);
}

export function handCheckpointsOff(): void {
  handOff(true);
}

export function takeCheckpointsBack(): void {
  handOff(false);
}

/** A PASSIVE checkpoint on this thread's SQLite connection, in its turn (never inside one of its transactions). */
export async function checkpointWal(): Promise<void> {
  const db = await getDirectDatabase();
  if (db.provider !== "sqlite") throw new Error("WAL checkpoints are SQLite's");
  const { connection } = db;
  await connection.exclusive(() => connection.db.pragma("wal_checkpoint(PASSIVE)"));
}
