// Whether this thread's SQLite connection checkpoints its WAL itself (SQLite's default) or leaves it to the
// request-log thread (wal-checkpoints.ts). Read when a connection opens (gate-sqlite-adapter.ts).
// API: setCheckpointsHandedOff(value), applyCheckpointPolicy(db), setAutocheckpointPages(db, pages).
import type Database from "better-sqlite3";

/** SQLite's default: a checkpoint once the WAL holds this many pages (https://www.sqlite.org/wal.html#ckpt). */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

// On globalThis: the server loads lib/db twice (Next's bundle and the SCIM modules), and both share one connection.
const state = globalThis as typeof globalThis & {
  __orgCenterCheckpointsHandedOff?: boolean;
  /** Connections whose commits checkpoint at another WAL size than SQLite's default (setAutocheckpointPages). */
  __orgCenterCheckpointPages?: WeakMap<Database.Database, number>;
};
const ownPages = (state.__orgCenterCheckpointPages ??= new WeakMap());

function checkpointsHandedOff(): boolean {
  return state.__orgCenterCheckpointsHandedOff === true;
}

export function setCheckpointsHandedOff(value: boolean): void {
  state.__orgCenterCheckpointsHandedOff = value;
}

/** Sets the connection's wal_autocheckpoint from this thread's policy (0 once handed off). */
export function applyCheckpointPolicy(db: Database.Database): void {
  db.pragma(`wal_autocheckpoint = ${checkpointsHandedOff() ? 0 : (ownPages.get(db) ?? DEFAULT_AUTOCHECKPOINT_PAGES)}`);
}

/** The WAL size, in pages, at which the connection's own commits checkpoint while this thread checkpoints at all. */
export function setAutocheckpointPages(db: Database.Database, pages: number): void {
  ownPages.set(db, pages);
  applyCheckpointPolicy(db);
}
