// On SQLite the server's requests never pay for a WAL checkpoint: once handed off, the main thread's connection does
// not checkpoint, and the request-log thread does, within a second, so the WAL stays bounded; a worker process's
// timer does the same for its own commits. A database of its own:
// the integration app server checkpoints the shared one from its own thread.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getDirectDatabase } from "@/lib/db/client";
import { dialect } from "@/lib/db/sql";
import { sqlTransaction } from "@/lib/db/sql-session";
import { checkpointOnTimer, handCheckpointsOff, takeCheckpointsBack } from "@/lib/db/wal-checkpoints";
import { scimRequestLogThread, startScimRequestLog } from "@/lib/logs/write-scim-request-log";

const sqlite = dialect() === "sqlite";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-wal-"));
const file = path.join(dir, "wal.db");
const sharedUrl = process.env.DATABASE_URL;

/** Writes about 6 MB (1,500 pages of 4 KiB, past SQLite's 1,000-page autocheckpoint) in small transactions. */
async function writeMegabytes(): Promise<void> {
  const blob = "x".repeat(4000);
  for (let t = 0; t < 30; t++) {
    await sqlTransaction(async (tx) => {
      for (let i = 0; i < 50; i++) await tx.run(`INSERT INTO "WalTest" ("v") VALUES (?)`, [blob]);
    });
  }
}

const dbFileBytes = () => fs.statSync(file).size;

async function autocheckpointPages(): Promise<number> {
  const db = await getDirectDatabase();
  if (db.provider !== "sqlite") throw new Error("SQLite only");
  return Number(db.connection.db.pragma("wal_autocheckpoint", { simple: true }));
}

describe.skipIf(!sqlite)("WAL checkpoints run off the requests' thread (SQLite)", () => {
  beforeAll(async () => {
    process.env.DATABASE_URL = `file:${file}`;
    await sqlTransaction((tx) => tx.run(`CREATE TABLE "WalTest" ("id" INTEGER PRIMARY KEY, "v" TEXT)`));
  });

  afterAll(async () => {
    await scimRequestLogThread()?.terminate();
    takeCheckpointsBack();
    await disconnectPrisma();
    process.env.DATABASE_URL = sharedUrl;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("without the hand-off, a commit past 1,000 pages checkpoints into the database file (SQLite's default)", async () => {
    expect(await autocheckpointPages()).toBe(1000);
    const before = dbFileBytes();
    await writeMegabytes();
    expect(dbFileBytes()).toBeGreaterThan(before + 2_000_000);
  });

  it("handed off, the main connection writes 6 MB and never checkpoints", async () => {
    handCheckpointsOff();
    expect(await autocheckpointPages()).toBe(0);
    const before = dbFileBytes();
    await writeMegabytes();
    expect(dbFileBytes()).toBe(before);
  });

  it("a worker's timer (checkpointOnTimer) checkpoints them within seconds, and its commits still do not", async () => {
    const before = dbFileBytes();
    const stop = checkpointOnTimer(200);
    try {
      await expect.poll(dbFileBytes, { timeout: 20_000, interval: 200 }).toBeGreaterThan(before + 2_000_000);
      expect(await autocheckpointPages()).toBe(0);
    } finally {
      stop();
    }
    // Stopped, the commits checkpoint again; handed off once more, the next test has 6 MB to checkpoint.
    expect(await autocheckpointPages()).toBe(1000);
    handCheckpointsOff();
    await writeMegabytes();
  });

  it("the request-log thread checkpoints them within seconds, with no SCIM request", async () => {
    const before = dbFileBytes();
    startScimRequestLog();
    await expect.poll(dbFileBytes, { timeout: 20_000, interval: 200 }).toBeGreaterThan(before + 2_000_000);
    // The hand-off holds: the main connection still does not checkpoint.
    expect(await autocheckpointPages()).toBe(0);
  });
});
