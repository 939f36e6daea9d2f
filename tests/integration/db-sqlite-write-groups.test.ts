// Write transactions that queue together on SQLite run in one transaction and are committed once
// (lib/db/sqlite-write-transaction.ts): each write still succeeds or fails on its own, none is answered before the
// COMMIT, and a COMMIT that fails stores none of them. Runs on a SQLite database of its own, whichever database the
// suite targets.
import { afterEach, describe, expect, it } from "vitest";
import { sqlSession, sqlTransaction, type SqlSession } from "@/lib/db/sql-session";
import { MAX_GROUP } from "@/lib/db/sqlite-write-transaction";
import { insertRateLimitRow as insertKey, sqliteWithNeighbour } from "./support/sqlite-neighbour";

const neighbour = sqliteWithNeighbour("write-groups");

afterEach(async () => {
  await sqlSession().run(`DELETE FROM "RateLimit"`);
});

const keys = async () =>
  (await sqlSession().all<{ key: string }>(`SELECT "key" FROM "RateLimit" ORDER BY "key"`)).map((r) => r.key);
const count = async (tx: SqlSession) => (await tx.get<{ n: number }>(`SELECT count(*) AS "n" FROM "RateLimit"`))!.n;
/** What another connection sees: only committed rows. */
const committed = () => (neighbour.other().prepare(`SELECT count(*) AS "n" FROM "RateLimit"`).get() as { n: number }).n;

describe("SQLite write transactions queued together", () => {
  it("run one after another in one transaction, committed once", async () => {
    const seen: Array<{ mine: number; committed: number }> = [];
    const writes = ["a", "b", "c", "d", "e"].map((key) =>
      sqlTransaction(async (tx) => {
        await tx.run(insertKey(key));
        // The group's earlier writes are visible here, and to no other connection yet.
        seen.push({ mine: await count(tx), committed: committed() });
        return key;
      }),
    );
    expect(await Promise.all(writes)).toEqual(["a", "b", "c", "d", "e"]);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((mine) => ({ mine, committed: 0 })));
    expect(committed()).toBe(5);
  });

  it("roll back a write that throws, alone; the others commit", async () => {
    const results = await Promise.allSettled([
      sqlTransaction((tx) => tx.run(insertKey("first"))),
      sqlTransaction(async (tx) => {
        await tx.run(insertKey("failed"));
        throw new Error("this write fails");
      }),
      sqlTransaction((tx) => tx.run(insertKey("third"))),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await keys()).toEqual(["first", "third"]);
  });

  it("roll back the first write when it throws; the rest of the group commits", async () => {
    const results = await Promise.allSettled([
      sqlTransaction(async (tx) => {
        await tx.run(insertKey("failed"));
        throw new Error("the first write fails");
      }),
      sqlTransaction((tx) => tx.run(insertKey("second"))),
      sqlTransaction((tx) => tx.run(insertKey("third"))),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
    expect(await keys()).toEqual(["second", "third"]);
  });

  it("give a write the constraint error when an earlier write of its group took the same key", async () => {
    const results = await Promise.allSettled([
      sqlTransaction((tx) => tx.run(insertKey("same"))),
      sqlTransaction((tx) => tx.run(insertKey("same"))),
    ]);
    expect(results[0]!.status).toBe("fulfilled");
    expect(results[1]).toMatchObject({ status: "rejected", reason: { code: "SQLITE_CONSTRAINT_PRIMARYKEY" } });
    expect(await keys()).toEqual(["same"]);
  });

  it("fail every write of the group, storing none, when the COMMIT fails", async () => {
    // A foreign key checked at COMMIT (deferred) fails the COMMIT itself.
    const results = await Promise.allSettled([
      sqlTransaction((tx) => tx.run(insertKey("lost-1"))),
      sqlTransaction(async (tx) => {
        await tx.run(`PRAGMA defer_foreign_keys = ON`);
        await tx.run(
          `INSERT INTO "OrgUserSearchTerm" ("orgId", "term", "userId") VALUES ('none', 'x', 'no-such-user')`,
        );
      }),
      sqlTransaction((tx) => tx.run(insertKey("lost-3"))),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(results[0]).toMatchObject({ reason: { code: "SQLITE_CONSTRAINT_FOREIGNKEY" } });
    expect(await keys()).toEqual([]);
    // The connection is usable at once.
    await sqlTransaction((tx) => tx.run(insertKey("after")));
    expect(await keys()).toEqual(["after"]);
  });

  it(`take at most ${MAX_GROUP} writes per transaction`, async () => {
    const seenCommitted: number[] = [];
    await Promise.all(
      Array.from({ length: MAX_GROUP + 3 }, (_, i) =>
        sqlTransaction(async (tx) => {
          await tx.run(insertKey(`k${String(i).padStart(2, "0")}`));
          seenCommitted.push(committed());
        }),
      ),
    );
    // The first group's writes saw nothing committed; the next group's saw the first group's.
    expect(seenCommitted).toEqual([...Array(MAX_GROUP).fill(0), ...Array(3).fill(MAX_GROUP)]);
    expect(committed()).toBe(MAX_GROUP + 3);
  });
});
