// lib/db/sql-session.ts on the integration database (SQLite, or PostgreSQL in CI's second pass): values stored the
// way Prisma stores them, transactions that roll back, and statements that never see another transaction's uncommitted rows.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { asBool, asDate, sqlSession, sqlRead, sqlTransaction } from "@/lib/db/sql-session";
import { unique } from "./support/cli";

describe("plain SQL beside Prisma", () => {
  it("writes dates, booleans and JSON that Prisma reads back unchanged, and reads Prisma's the same way", async () => {
    const slug = unique("sql-values");
    const createdAt = new Date("2026-03-04T05:06:07.089Z");
    await sqlSession().run(
      `INSERT INTO "Organization" ("id", "name", "slug", "createdAt", "inboundEnabled", "logRetentionDays") VALUES (?, ?, ?, ?, ?, ?)`,
      [slug, "SQL values", slug, createdAt, false, 7],
    );
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: slug } })).toMatchObject({
      createdAt,
      inboundEnabled: false,
      logRetentionDays: 7,
    });

    const viaPrisma = await prisma.organization.create({
      data: { name: "Prisma values", slug: unique("prisma-values"), inboundEnabled: true },
    });
    const row = await sqlSession().get<{ createdAt: unknown; inboundEnabled: unknown; logRetentionDays: unknown }>(
      `SELECT "createdAt", "inboundEnabled", "logRetentionDays" FROM "Organization" WHERE "id" = ?`,
      [viaPrisma.id],
    );
    expect(asDate(row!.createdAt)).toEqual(viaPrisma.createdAt);
    expect(asBool(row!.inboundEnabled)).toBe(true);
    expect(Number(row!.logRetentionDays)).toBe(30);

    // A stored comparison works on the stored form: the row is found by its date.
    const found = await sqlSession().all(`SELECT "id" FROM "Organization" WHERE "id" = ? AND "createdAt" = ?`, [
      slug,
      createdAt,
    ]);
    expect(found).toHaveLength(1);
  });

  it("commits a transaction as a whole or not at all", async () => {
    const key = unique("sql-tx");
    await expect(
      sqlTransaction(async (tx) => {
        await tx.run(`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (?, ?, ?)`, [key, 1, new Date()]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await prisma.rateLimit.findUnique({ where: { key } })).toBeNull();

    const changed = await sqlTransaction(async (tx) => {
      await tx.run(`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (?, ?, ?)`, [key, 1, new Date()]);
      return tx.run(`UPDATE "RateLimit" SET "count" = "count" + 1 WHERE "key" = ?`, [key]);
    });
    expect(changed).toBe(1);
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(2);
  });

  it("never reads a row of another transaction that is rolled back", async () => {
    const key = unique("sql-uncommitted");
    let read: Promise<unknown[]> | undefined;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.rateLimit.create({ data: { key, count: 1, windowStart: new Date() } });
        // A SCIM request reads while this transaction is open (on SQLite: the same connection).
        read = sqlRead((db) => db.all(`SELECT "key" FROM "RateLimit" WHERE "key" = ?`, [key]));
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await read).toEqual([]);
  });
});
