// The ids of one page of a list request and totalResults: a where clause of plain column comparisons (every lookup
// an identity provider makes) runs as prepared SQL, anything else through Prisma. API: pageIds(query) → { ids, totalResults }.
import { sql } from "@/lib/db/sql";
import { equalityQuery } from "./equality-where";
import { pageWithTotal } from "./page-with-total";

const SCALAR_COLUMNS = {
  OrgUser: new Set([
    "id", "orgId", "userName", "userNameLower", "externalId", "externalIdLower", "displayName", "displayNameLower", "givenName",
    "familyName", "nickName", "title", "active", "department", "employeeNumber", "costCenter", "division", "version", "createdAt", "updatedAt",
  ]),
  OrgGroup: new Set(["id", "orgId", "displayName", "displayNameLower", "externalId", "externalIdLower", "version", "createdAt", "updatedAt"]),
};

export interface PageQuery {
  table: keyof typeof SCALAR_COLUMNS;
  startIndex: number;
  count: number;
  where: unknown;
  orderBy: unknown;
  /** The same query through Prisma, for the shapes plain SQL does not take. */
  prismaCount: () => Promise<number>;
  prismaIds: (skip: number, take: number) => Promise<string[]>;
}

export function pageIds(q: PageQuery): Promise<{ rows: string[]; totalResults: number }> {
  const fast = equalityQuery(q.where, q.orderBy, SCALAR_COLUMNS[q.table]);
  if (!fast) return pageWithTotal(q.startIndex, q.count, q.prismaCount, q.prismaIds);
  return pageWithTotal(
    q.startIndex,
    q.count,
    async () => Number((await sql().get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "${q.table}" WHERE ${fast.where}`, fast.params))?.n ?? 0),
    async (skip, take) =>
      (await sql().all<{ id: string }>(`SELECT "id" FROM "${q.table}" WHERE ${fast.where} ORDER BY ${fast.orderBy} LIMIT ? OFFSET ?`, [...fast.params, take, skip])).map((r) => r.id),
  );
}
