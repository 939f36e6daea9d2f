// A test file's own SQLite database, whichever database the suite targets, with a second connection to the same file:
// for tests of how this process's connection behaves beside another one (its write lock, its commits). Registers the
// file's beforeAll/afterAll. API: sqliteWithNeighbour(name) → { other() }, sqliteConnection(), insertRateLimitRow(key).
import Database from "better-sqlite3";
import { afterAll, beforeAll } from "vitest";
import { disconnectPrisma, getDirectDatabase } from "@/lib/db/client";
import { privateDatabase, removePrivateData } from "./app-process";

export function sqliteWithNeighbour(name: string): { other: () => Database.Database } {
  const savedDatabaseUrl = process.env.DATABASE_URL;
  let other: Database.Database | undefined;
  beforeAll(async () => {
    await disconnectPrisma();
    process.env.DATABASE_URL = await privateDatabase(name, "sqlite");
    // This process's connection is open (in WAL mode) before the other one uses the file.
    await getDirectDatabase();
    other = new Database(process.env.DATABASE_URL.slice("file:".length));
  });
  afterAll(async () => {
    other?.close();
    await disconnectPrisma();
    process.env.DATABASE_URL = savedDatabaseUrl;
    await removePrivateData();
  });
  return { other: () => other! };
}

/** This process's own SQLite connection (the one Prisma and lib/db/sql-session.ts share). */
export async function sqliteConnection() {
  const db = await getDirectDatabase();
  if (db.provider !== "sqlite") throw new Error("this file runs on SQLite");
  return db.connection;
}

/** An INSERT of one RateLimit row: a table every test database has and nothing else writes in these files. */
export const insertRateLimitRow = (key: string) =>
  `INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES ('${key}', 1, '2026-12-07T00:00:00.000+00:00')`;
