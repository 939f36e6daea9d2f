// A write transaction (sqlTransaction) that finds SQLite's write lock held by another connection waits for it without
// stopping the thread: this process's reads and other work go on meanwhile, the transaction commits once the lock is
// free, and past its timeout it fails with SQLITE_BUSY. SQLite's own busy handler slept inside the synchronous call
// instead, so a connection on the same thread could not even commit: the transaction failed after the full timeout.
// Runs on a SQLite database of its own, whichever database the suite targets.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/client";
import { sqlSession, sqlTransaction } from "@/lib/db/sql-session";
import { sqliteWriteTransaction } from "@/lib/db/sqlite-write-transaction";
import { insertRateLimitRow as insertKey, sqliteConnection, sqliteWithNeighbour } from "./support/sqlite-neighbour";

const neighbour = sqliteWithNeighbour("write-wait");
let other: ReturnType<typeof neighbour.other>;

beforeEach(() => {
  other = neighbour.other();
});

afterEach(() => {
  if (other.inTransaction) other.prepare("ROLLBACK").run();
});

const keys = async () =>
  (await sqlSession().all<{ key: string }>(`SELECT "key" FROM "RateLimit" ORDER BY "key"`)).map((r) => r.key);

describe("SQLite write transactions and the write lock", () => {
  it("waits for another connection's transaction without stopping this thread, then commits", async () => {
    other.prepare("BEGIN IMMEDIATE").run();
    other.prepare(insertKey("other")).run();

    const events: string[] = [];
    const write = sqlTransaction(async (tx) => {
      await tx.run(insertKey("mine"));
      events.push("transaction ran");
    });
    // The thread is free while the transaction waits: a read on the same connection answers, timers fire.
    const seen = await sqlSession().get<{ n: number }>(`SELECT count(*) AS "n" FROM "RateLimit"`);
    events.push(`read saw ${seen!.n} rows`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    events.push("timer fired");

    other.prepare("COMMIT").run();
    await write;
    expect(events).toEqual(["read saw 0 rows", "timer fired", "transaction ran"]);
    expect(await keys()).toEqual(["mine", "other"]);
  });

  it("fails with SQLITE_BUSY, having written nothing, when the lock stays taken past the timeout", async () => {
    const connection = await sqliteConnection();
    other.prepare("BEGIN IMMEDIATE").run();
    let ran = false;
    await expect(
      sqliteWriteTransaction(connection, 100, async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    expect(ran).toBe(false);
    other.prepare("ROLLBACK").run();
    // The connection's own busy timeout is as it was (Prisma's queries and bare writes still wait their turn).
    expect(Number(connection.db.pragma("busy_timeout", { simple: true }))).toBe(SQLITE_BUSY_TIMEOUT_MS);
  });

  it("rolls back when the transaction's work throws, and the next one goes through", async () => {
    await expect(
      sqlTransaction(async (tx) => {
        await tx.run(insertKey("rolled-back"));
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    await sqlTransaction((tx) => tx.run(insertKey("after")));
    expect(await keys()).toEqual(["after", "mine", "other"]);
  });
});
