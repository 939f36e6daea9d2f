import { describe, it, expect, beforeAll, afterAll } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "@/lib/db/migrate";
import { createSqliteClient, type PrismaClient } from "@/lib/db/client";

// One better-sqlite3 connection serves every request of a process: a write issued while another request's
// transaction is open must not become part of it.
describe("SQLite: bare queries and open transactions", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-gate-"));
  const file = path.join(dir, "gate.db");
  let db: PrismaClient;

  beforeAll(async () => {
    await migrateDatabase(`file:${file}`);
    db = createSqliteClient(file);
  });
  afterAll(async () => {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps a concurrent bare write when the open transaction rolls back", async () => {
    let bareWrite: Promise<unknown> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.rateLimit.create({ data: { key: "in-tx", count: 1, windowStart: new Date() } });
        // Another request's write arrives while this transaction is open.
        bareWrite = db.rateLimit.create({ data: { key: "bare", count: 1, windowStart: new Date() } });
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await bareWrite;
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toEqual(["bare"]);
  });

  it("does not let a bare read see another transaction's uncommitted write", async () => {
    let seen: number | undefined;
    await db
      .$transaction(async (tx) => {
        await tx.rateLimit.create({ data: { key: "uncommitted", count: 1, windowStart: new Date() } });
        const read = db.rateLimit.count({ where: { key: "uncommitted" } }).then((n) => (seen = n));
        await new Promise((r) => setTimeout(r, 50));
        expect(seen).toBeUndefined(); // still waiting for the transaction
        void read;
        throw new Error("abort");
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toBe(0);
  });
});
