// sqlRead's statements read one snapshot on SQLite: a row another connection commits between two of them is not seen
// until the read is over (each statement was its own transaction before, and saw it). A read that fails leaves no
// transaction open, and a read handed the caller's own (`within`) runs in it rather than waiting for a turn.
// Runs on a SQLite database of its own, whichever database the suite targets.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getDirectDatabase } from "@/lib/db/client";
import { sqlRead, sqlSession, sqlTransaction } from "@/lib/db/sql-session";
import { privateDatabase, removePrivateData } from "./support/app-process";

const savedDatabaseUrl = process.env.DATABASE_URL;
let other: Database.Database;

beforeAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = await privateDatabase("read-snapshot", "sqlite");
  await getDirectDatabase();
  other = new Database(process.env.DATABASE_URL.slice("file:".length));
});

afterAll(async () => {
  other.close();
  await disconnectPrisma();
  process.env.DATABASE_URL = savedDatabaseUrl;
  await removePrivateData();
});

const insertKey = (key: string) =>
  `INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES ('${key}', 1, '2026-12-07T00:00:00.000+00:00')`;
const COUNT = `SELECT count(*) AS "n" FROM "RateLimit"`;

async function connectionInTransaction(): Promise<boolean> {
  const db = await getDirectDatabase();
  if (db.provider !== "sqlite") throw new Error("this file runs on SQLite");
  return db.connection.db.inTransaction;
}

describe("sqlRead on SQLite", () => {
  it("reads one snapshot: another connection's commit between its statements shows only after it", async () => {
    const seen = await sqlRead(async (db) => {
      const before = (await db.get<{ n: number }>(COUNT))!.n;
      other.prepare(insertKey("committed-meanwhile")).run();
      const after = (await db.get<{ n: number }>(COUNT))!.n;
      return { before, after };
    });
    expect(seen.after).toBe(seen.before);
    expect((await sqlSession().get<{ n: number }>(COUNT))!.n).toBe(seen.before + 1);
    expect(await connectionInTransaction()).toBe(false);
  });

  it("leaves no transaction open when it fails, and a write transaction runs after it", async () => {
    await expect(
      sqlRead(async (db) => {
        await db.all(COUNT);
        throw new Error("the reader gave up");
      }),
    ).rejects.toThrow("the reader gave up");
    expect(await connectionInTransaction()).toBe(false);
    await sqlTransaction((tx) => tx.run(insertKey("after-failed-read")));
    expect(
      (await sqlSession().get<{ n: number }>(`SELECT count(*) AS "n" FROM "RateLimit" WHERE "key" = ?`, [
        "after-failed-read",
      ]))!.n,
    ).toBe(1);
  });

  it("runs a read handed the caller's own in it, rather than waiting for the turn the caller holds", async () => {
    const n = await sqlRead((outer) => sqlRead(async (inner) => (await inner.get<{ n: number }>(COUNT))!.n, outer));
    expect(n).toBe((await sqlSession().get<{ n: number }>(COUNT))!.n);
  });
});
