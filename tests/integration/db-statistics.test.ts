// SQLite's table statistics (refreshed by the hourly log maintenance, refreshStatistics) follow a table that grew
// after they were first taken, and keep row counts only: no STAT4 value samples, which make a connection prepare
// again, at every run, each statement whose plan could depend on a bound value (the SCIM token check among them).
// Runs on a SQLite database of its own (the statistics are the database's), whichever database the suite targets.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { sqlSession } from "@/lib/db/sql-session";
import { refreshStatistics } from "@/lib/db/refresh-statistics";
import { authenticateBearer } from "@/lib/scim-tokens/authenticate-bearer";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { privateDatabase, removePrivateData } from "./support/app-process";

const savedDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = await privateDatabase("statistics", "sqlite");
});

afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = savedDatabaseUrl;
  await removePrivateData();
});

async function addOrganizations(from: number, count: number, tokensEach: number): Promise<void> {
  const orgs = Array.from({ length: count }, (_, i) => ({
    id: `org-${from + i}`,
    name: `Org ${from + i}`,
    slug: `org-${from + i}`,
  }));
  await prisma.organization.createMany({ data: orgs });
  await prisma.scimToken.createMany({
    data: orgs.flatMap((o) =>
      Array.from({ length: tokensEach }, (_, t) => ({
        orgId: o.id,
        name: `token ${t}`,
        tokenHash: hashToken(`${o.id}-secret-${t}`),
        prefix: "test",
      })),
    ),
  });
}

async function tokenLookupPlan(): Promise<string> {
  const rows = await sqlSession().all<{ detail: string }>(
    `EXPLAIN QUERY PLAN SELECT "id" FROM "ScimToken" WHERE "tokenHash" = ?`,
    ["x"],
  );
  return rows.map((r) => r.detail).join(" | ");
}

const count = async (sql: string) => Number((await prisma.$queryRawUnsafe<{ n: bigint | number }[]>(sql))[0]!.n);
const stat4Rows = async () =>
  (await count(`SELECT count(*) AS "n" FROM "sqlite_schema" WHERE "name" = 'sqlite_stat4'`))
    ? count(`SELECT count(*) AS "n" FROM "sqlite_stat4"`)
    : 0;

describe("SQLite statistics", () => {
  it("follow a table that grew since they were taken, so the token check stays an index lookup", async () => {
    await addOrganizations(0, 1, 1);
    expect(await refreshStatistics()).toBe(true);
    await addOrganizations(1, 999, 5);
    // The maintenance may run on a connection that never read the table (a restarted process, a separate worker).
    await disconnectPrisma();
    await refreshStatistics();
    const stat = await prisma.$queryRawUnsafe<{ stat: string }[]>(
      `SELECT "stat" FROM "sqlite_stat1" WHERE "idx" = 'ScimToken_tokenHash_key'`,
    );
    expect(Number(stat[0]?.stat.split(" ")[0])).toBeGreaterThanOrEqual(4996);
    expect(await stat4Rows()).toBe(0);
    expect(await tokenLookupPlan()).toContain("USING INDEX ScimToken_tokenHash_key");
    const identity = await authenticateBearer("Bearer org-500-secret-3");
    expect(identity).toMatchObject({ orgId: "org-500", name: "token 3", kind: "secret-token" });
  });

  it("keep row counts only: value samples, even those a full ANALYZE left, are removed", async () => {
    // A full ANALYZE, as an earlier version's maintenance ran it, on a connection of its own.
    const other = new Database(process.env.DATABASE_URL!.slice("file:".length));
    other.exec("ANALYZE");
    other.close();
    expect(await stat4Rows()).toBeGreaterThan(0);
    await refreshStatistics();
    expect(await stat4Rows()).toBe(0);
    expect(await tokenLookupPlan()).toContain("USING INDEX ScimToken_tokenHash_key");
  });
});
