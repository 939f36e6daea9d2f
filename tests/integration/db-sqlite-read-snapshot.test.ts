// sqlRead's statements read one snapshot on SQLite: a row another connection commits between two of them is not seen
// until the read is over (each statement was its own transaction before, and saw it). A read that fails leaves no
// transaction open, and a read handed the caller's own (`within`) runs in it rather than waiting for a turn.
// Runs on a SQLite database of its own, whichever database the suite targets.
import { describe, expect, it } from "vitest";
import { sqlRead, sqlSession, sqlTransaction } from "@/lib/db/sql-session";
import { insertRateLimitRow as insertKey, sqliteConnection, sqliteWithNeighbour } from "./support/sqlite-neighbour";

const neighbour = sqliteWithNeighbour("read-snapshot");
const COUNT = `SELECT count(*) AS "n" FROM "RateLimit"`;
const connectionInTransaction = async () => (await sqliteConnection()).db.inTransaction;

describe("sqlRead on SQLite", () => {
  it("reads one snapshot: another connection's commit between its statements shows only after it", async () => {
    const seen = await sqlRead(async (db) => {
      const before = (await db.get<{ n: number }>(COUNT))!.n;
      neighbour.other().prepare(insertKey("committed-meanwhile")).run();
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
