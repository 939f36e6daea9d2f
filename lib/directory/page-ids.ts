// The ids of one page of a list request and totalResults: a where clause of plain column comparisons (every lookup
// an identity provider makes) runs as prepared SQL, anything else through Prisma. API: pageIds(query) → { rows, totalResults }.
import { prisma } from "@/lib/db/client";
import { sqlSession } from "@/lib/db/sql-session";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { equalityQuery } from "./equality-where";
import { GROUP_SCALAR_COLUMNS } from "./group-columns";
import { pageWithTotal } from "./page-with-total";
import { USER_SCALAR_COLUMNS } from "./user-columns";

/** What the Prisma fallback needs of a model: the where and orderBy come from filter-to-where.ts and sort-to-order-by.ts. */
type IdModel = {
  count(args: { where: unknown }): Promise<number>;
  findMany(args: {
    where: unknown;
    orderBy: unknown;
    skip: number;
    take: number;
    select: { id: true };
  }): Promise<{ id: string }[]>;
};

const TABLES: Record<ResourceType, { table: string; columns: ReadonlySet<string>; model: () => IdModel }> = {
  User: { table: "OrgUser", columns: USER_SCALAR_COLUMNS, model: () => prisma.orgUser as unknown as IdModel },
  Group: { table: "OrgGroup", columns: GROUP_SCALAR_COLUMNS, model: () => prisma.orgGroup as unknown as IdModel },
};

export interface PageQuery {
  resourceType: ResourceType;
  startIndex: number;
  count: number;
  where: unknown;
  orderBy: unknown;
}

export function pageIds({
  resourceType,
  startIndex,
  count,
  where,
  orderBy,
}: PageQuery): Promise<{ rows: string[]; totalResults: number }> {
  const { table, columns, model } = TABLES[resourceType];
  const fast = equalityQuery(where, orderBy, columns);
  if (!fast) {
    return pageWithTotal(
      startIndex,
      count,
      () => model().count({ where }),
      async (skip, take) =>
        (await model().findMany({ where, orderBy, skip, take, select: { id: true } })).map((r) => r.id),
    );
  }
  return pageWithTotal(
    startIndex,
    count,
    async () =>
      Number(
        (
          await sqlSession().get<{ n: unknown }>(
            `SELECT COUNT(*) AS "n" FROM "${table}" WHERE ${fast.where}`,
            fast.params,
          )
        )?.n ?? 0,
      ),
    async (skip, take) =>
      (
        await sqlSession().all<{ id: string }>(
          `SELECT "id" FROM "${table}" WHERE ${fast.where} ORDER BY ${fast.orderBy} LIMIT ? OFFSET ?`,
          [...fast.params, take, skip],
        )
      ).map((r) => r.id),
  );
}
