// The Directory users table: one page, sorted and searched in the database in plain SQL (ids, then the rows), with
// the total counted only when the first page is full; the name search is user-search-match.ts's. API: listUsersPage, listUserSources, parseUserFilters, USER_SORTS.
import { prisma } from "@/lib/db/client";
import type { TableParams } from "@/lib/console/table-params";
import { pageWithTotal } from "./page-with-total";
import { sqlSession, type SqlValue } from "@/lib/db/sql-session";
import { col, dialect, join, sql, type Sql } from "@/lib/db/sql";
import { planUserSearch, type UserSearchPlan } from "./user-search-match";

export const USER_SORTS = ["userName", "displayName", "active", "createdAt", "updatedAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

const ORDER: Record<UserSort, string> = {
  userName: "userNameLower",
  displayName: "displayNameLower",
  active: "active",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
};

export type UserFilters = { status?: "active" | "inactive"; source?: string };

export function parseUserFilters(params: Record<string, string | string[] | undefined>): UserFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const status = one(params.status);
  const source = one(params.source).slice(0, 100);
  return { status: status === "active" || status === "inactive" ? status : undefined, source: source || undefined };
}

// A loose index scan over OrgUser(orgId, source): one index seek per distinct source, however many users there are
// (Prisma's `distinct` read every row: half a second at 100,000 users).
const DISTINCT_SOURCES = `WITH RECURSIVE s("source") AS (
    SELECT MIN("source") FROM "OrgUser" WHERE "orgId" = ?
    UNION ALL
    SELECT (SELECT MIN("source") FROM "OrgUser" WHERE "orgId" = ? AND "source" > s."source") FROM s WHERE s."source" IS NOT NULL
  ) SELECT "source" FROM s WHERE "source" IS NOT NULL LIMIT 50`;

export async function listUserSources(orgId: string): Promise<string[]> {
  return (await sqlSession().all<{ source: string }>(DISTINCT_SOURCES, [orgId, orgId])).map((r) => r.source);
}

const SELECT = {
  id: true,
  userName: true,
  displayName: true,
  givenName: true,
  familyName: true,
  active: true,
  source: true,
  department: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The status and source filters, on OrgUser's own columns. */
function filterSql(filters: UserFilters): Sql[] {
  const parts: Sql[] = [];
  if (filters.status) parts.push(filters.status === "active" ? sql`"active"` : sql`NOT "active"`);
  if (filters.source) parts.push(sql`"source" = ${filters.source}`);
  return parts;
}

/** The filters and the search as SQL over OrgUser. */
function whereSql(orgId: string, filters: UserFilters, search: UserSearchPlan | null): Sql {
  // A sparse search starts from its users' ids: SQLite's unary + keeps it off the (orgId, …) indexes, which it would
  // otherwise walk in the page's order through every user (https://sqlite.org/optoverview.html#uplus).
  const org = search?.kind === "sparse" && dialect() === "sqlite" ? sql`+"orgId" = ${orgId}` : sql`"orgId" = ${orgId}`;
  const parts = [org, ...filterSql(filters)];
  if (search && search.kind !== "none") parts.push(search.match);
  return join(parts, " AND ");
}

/** Prepared statements on the shared connection: Prisma's $queryRaw added about as much again as the count itself. */
const rows = <T>(query: Sql) => sqlSession().all<T>(query.sql, query.values as SqlValue[]);

/** A search matching more users than this says "more than 1,000": counting every match would cost what scanning did. */
export const SEARCH_COUNT_CAP = 1_000;

export async function listUsersPage(
  orgId: string,
  { page, pageSize, sort, q }: TableParams<UserSort>,
  filters: UserFilters = {},
) {
  const search = await planUserSearch(orgId, q);
  if (search?.kind === "none") return { rows: [], total: 0, isTotalCapped: false };
  const where = whereSql(orgId, filters, search);
  const direction = sort.desc ? sql`DESC` : sql`ASC`;
  const orderBy = sql`ORDER BY ${col(ORDER[sort.id])} ${direction}, "id" ASC`;
  const count = async () => {
    const query =
      search?.kind === "dense"
        ? search.countUpTo(filterSql(filters), SEARCH_COUNT_CAP)
        : sql`SELECT COUNT(*) AS "n" FROM "OrgUser" WHERE ${where}`;
    return Number((await rows<{ n: unknown }>(query))[0]?.n ?? 0);
  };
  const skip = (page - 1) * pageSize;
  let ids: string[];
  let total: number;
  if (search?.kind === "sparse") {
    // A sparse search sorts all its matches anyway: the window count reads the total in the same pass.
    const found = await rows<{ id: string; n: unknown }>(
      sql`SELECT "id", count(*) OVER () AS "n" FROM "OrgUser" WHERE ${where} ${orderBy} LIMIT ${pageSize} OFFSET ${skip}`,
    );
    ids = found.map((r) => r.id);
    total = found.length > 0 ? Number(found[0]!.n) : skip === 0 ? 0 : await count();
  } else {
    // A first page shorter than the page size is the whole result: then nothing is counted.
    ({ rows: ids, totalResults: total } = await pageWithTotal(skip + 1, pageSize, count, async (offset, take) =>
      (
        await rows<{ id: string }>(
          sql`SELECT "id" FROM "OrgUser" WHERE ${where} ${orderBy} LIMIT ${take} OFFSET ${offset}`,
        )
      ).map((r) => r.id),
    ));
  }
  const found = new Map(
    (await prisma.orgUser.findMany({ where: { id: { in: ids } }, select: SELECT })).map((r) => [r.id, r]),
  );
  // A user deleted between the two reads is left out of the page.
  const isTotalCapped = total > SEARCH_COUNT_CAP && search?.kind === "dense";
  return {
    rows: ids.flatMap((id) => found.get(id) ?? []),
    total: isTotalCapped ? SEARCH_COUNT_CAP : total,
    isTotalCapped,
  };
}
