// Where SQLite's WAL checkpoints run. By default a connection checkpoints inside the commit that takes the WAL past
// 1,000 pages: in the server that is often a SCIM write, which then copies megabytes into the database file and syncs
// it while every other request waits (better-sqlite3 is synchronous): the tail of the write latencies. The server
// hands them off when it starts the request-log thread (handCheckpointsOff()): this thread's connection stops
// checkpointing, and the request-log thread runs them, at its own commits (SQLite's default) and with
// checkpointWal() once a second, so the WAL stays bounded when no SCIM request comes. A PASSIVE checkpoint blocks no
// reader and no writer. takeCheckpointsBack() undoes the hand-off (when that thread is gone for good).
// API: handCheckpointsOff(), takeCheckpointsBack(), checkpointWal() → { log, checkpointed } frames, or null off SQLite.
import { applyCheckpointPolicy, setCheckpointsHandedOff } from "./checkpoint-policy";
import { getDirectDatabase, openDirectDatabase } from "./client";
import { dialect } from "./sql";

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

/** A PASSIVE checkpoint on this thread's connection: the WAL's frames and how many are now in the database file. */
export async function checkpointWal(): Promise<{ log: number; checkpointed: number } | null> {
  if (dialect() !== "sqlite") return null;
  const db = await getDirectDatabase();
  if (db.provider !== "sqlite") return null;
  // In its turn on the connection: never inside a transaction of this thread's.
  const { connection } = db;
  const [row] = await connection.exclusive(
    () => connection.db.pragma("wal_checkpoint(PASSIVE)") as { log: number; checkpointed: number }[],
  );
  return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
}
