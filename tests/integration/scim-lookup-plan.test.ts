// An identity provider's lookup (`externalId eq`, `userName eq`, `displayName eq`) finds its rows by their index, on a
// directory SQLite has no statistics for (a tenant provisioned from empty: PRAGMA optimize has not run yet). Without
// them SQLite's planner walks the (orgId, createdAt) index to save the sort and reads every user of the organization
// per lookup (pins-few-rows.ts). The answers keep the creation order.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { sqlSession } from "@/lib/db/sql-session";
import { dialect } from "@/lib/db/sql";
import { filterToWhere } from "@/lib/directory/filter-to-where";
import { pageIdsSql } from "@/lib/directory/page-ids";
import { pinsFewRows } from "@/lib/directory/pins-few-rows";
import { sortToOrderBy } from "@/lib/directory/sort-to-order-by";
import { usersWhereSql } from "@/lib/directory/user-rows";
import { parseFilter } from "@/lib/scim/filter-parser";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { createGroup, createScimOrg, createUser, type Json, type ScimOrg } from "./support/scim";

let org: ScimOrg;
const users: Json[] = [];

/** The premise of the plans below: no statistics yet. A test file run before this one may have taken them on the
 * shared database (the log maintenance refreshes them); this process's connection reads them again without. */
async function forgetStatistics(): Promise<void> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT "name" FROM "sqlite_schema" WHERE "name" IN ('sqlite_stat1', 'sqlite_stat4')`,
  );
  for (const { name } of tables) await prisma.$executeRawUnsafe(`DELETE FROM "${name}"`);
  await prisma.$executeRawUnsafe("ANALYZE sqlite_schema");
}

beforeAll(async () => {
  if (dialect() === "sqlite") await forgetStatistics();
  org = await createScimOrg();
  for (let i = 0; i < 12; i++) {
    // Two users share an externalId (it is not unique): the answer lists them in creation order.
    const externalId = i === 3 || i === 9 ? "Shared-Ext" : `ext-${i}`;
    users.push(await createUser(org.client, { userName: org.email(`plan${i}`), externalId }));
  }
  await createGroup(org.client, "Plan Group", { externalId: "grp-ext" });
});

/** SQLite's plan for the page query of GET /<resource>?filter=... as the list builds it. */
async function plan(resourceType: ResourceType, filter: string): Promise<string> {
  const node = parseFilter(filter);
  const where = filterToWhere(resourceType, org.orgId, node);
  const orderBy = sortToOrderBy(resourceType, undefined, undefined, { sortFound: pinsFewRows(resourceType, node) });
  const rows = await sqlSession().all<{ detail: string }>(
    `EXPLAIN QUERY PLAN ${pageIdsSql({ resourceType, where, orderBy }, 100)}`,
    [...where.params, 0],
  );
  return rows.map((r) => r.detail).join(" | ");
}

describe.skipIf(dialect() !== "sqlite")("SQLite finds a lookup's rows by the filter's index", () => {
  it("externalId eq on users and groups", async () => {
    expect(await plan("User", 'externalId eq "ext-1"')).toContain("USING INDEX OrgUser_orgId_externalIdLower_idx");
    expect(await plan("Group", 'externalId eq "grp-ext"')).toContain("USING INDEX OrgGroup_orgId_externalIdLower_idx");
  });

  it("userName eq, also ANDed with an unindexed condition", async () => {
    expect(await plan("User", 'userName eq "a@b.example" and active eq true')).toContain(
      "USING INDEX OrgUser_orgId_userNameLower_key",
    );
    expect(await plan("User", 'displayName eq "x" and title co "y"')).toContain("OrgUser_orgId_displayNameLower_idx");
  });

  it("a userName lookup reads its user in one statement, through the unique index", async () => {
    const where = filterToWhere("User", org.orgId, parseFilter('userName eq "a@b.example" and active eq true'));
    const rows = await sqlSession().all<{ detail: string }>(`EXPLAIN QUERY PLAN ${usersWhereSql(where)}`, where.params);
    expect(rows.map((r) => r.detail).join(" | ")).toContain("USING INDEX OrgUser_orgId_userNameLower_key");
  });

  it("a list without a pinning filter still walks the creation-order index (no sort of the whole directory)", async () => {
    expect(await plan("User", 'title co "x"')).toContain("USING INDEX OrgUser_orgId_createdAt_idx");
    expect(await plan("User", 'externalId eq "a" or active eq true')).toContain("OrgUser_orgId_createdAt_idx");
  });
});

describe("lookups answer in creation order", () => {
  it("two users with the same externalId, any case of it", async () => {
    const res = await org.client.filter("Users", 'externalId eq "shared-ext"');
    expect(res.status, res.text).toBe(200);
    expect((res.body.Resources as Json[]).map((u) => u.id)).toEqual([users[3].id, users[9].id]);
  });

  it("userName eq finds exactly its user", async () => {
    const res = await org.client.filter("Users", `userName eq "${users[7].userName.toUpperCase()}"`);
    expect((res.body.Resources as Json[]).map((u) => u.id)).toEqual([users[7].id]);
  });
});

// A filter on a unique column reads its row without its id first (list-resources.ts): the answer is the list's.
describe("a userName lookup answers as any list does", () => {
  it("with the user's emails and groups, and the list's counts", async () => {
    const emails = [
      { value: org.email("lookup.work"), type: "work", primary: true },
      { value: org.email("lookup.other"), type: "other", primary: false },
    ];
    const user = await createUser(org.client, { userName: org.email("lookup"), emails });
    const group = await createGroup(org.client, "Lookup Group", { members: [{ value: user.id }] });
    const res = await org.client.filter("Users", `userName eq "${user.userName}"`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ totalResults: 1, itemsPerPage: 1, startIndex: 1 });
    const [found] = res.body.Resources as Json[];
    expect(found.emails).toHaveLength(2);
    expect(found.groups).toEqual([expect.objectContaining({ value: group.id, display: "Lookup Group" })]);
    // The very resource a GET of the user answers.
    expect(found).toEqual((await org.client.get(`/Users/${user.id}`)).body);
  });

  it("past its one row, with count=0, and when a condition ANDed in leaves it out", async () => {
    const { userName } = users[6];
    const second = await org.client.filter("Users", `userName eq "${userName}"`, "startIndex=2");
    expect(second.body).toMatchObject({ totalResults: 1, itemsPerPage: 0, startIndex: 2 });
    expect(second.body.Resources ?? []).toEqual([]);
    const counted = await org.client.filter("Users", `userName eq "${userName}"`, "count=0");
    expect(counted.body).toMatchObject({ totalResults: 1, itemsPerPage: 0 });
    const none = await org.client.filter("Users", `userName eq "${userName}" and active eq false`);
    expect(none.body).toMatchObject({ totalResults: 0, itemsPerPage: 0 });
    expect(none.body.Resources ?? []).toEqual([]);
  });

  it("finds nothing in another organization", async () => {
    const other = await createScimOrg();
    const res = await other.client.filter("Users", `userName eq "${users[5].userName}"`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ totalResults: 0 });
  });
});
