// Whether this thread's SQLite connection checkpoints its WAL itself (SQLite's default) or leaves it to the
// request-log thread (wal-checkpoints.ts). Read when a connection opens (gate-sqlite-adapter.ts).
// API: setCheckpointsHandedOff(value), applyCheckpointPolicy(db).
import type Database from "better-sqlite3";

/** SQLite's default: a checkpoint once the WAL holds this many pages (https://www.sqlite.org/wal.html#ckpt). */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

// On globalThis: the server loads lib/db twice (Next's bundle and the SCIM modules), and both share one connection.
const state = globalThis as typeof globalThis & { __orgCenterCheckpointsHandedOff?: boolean };

function checkpointsHandedOff(): boolean {
  return state.__orgCenterCheckpointsHandedOff === true;
}

export function setCheckpointsHandedOff(value: boolean): void {
  state.__orgCenterCheckpointsHandedOff = value;
}

/** Sets the connection's wal_autocheckpoint from this thread's policy (0 once handed off). */
export function applyCheckpointPolicy(db: Database.Database): void {
  db.pragma(`wal_autocheckpoint = ${checkpointsHandedOff() ? 0 : DEFAULT_AUTOCHECKPOINT_PAGES}`);
}
