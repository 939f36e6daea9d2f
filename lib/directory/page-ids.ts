// The ids of one page of a list request and totalResults, as prepared SQL: the where clause and the order come from
// filter-to-where.ts and sort-to-order-by.ts (Prisma cannot compare lower(column) on SQLite).
// API: pageIds(query), pageIdsSql(query, take) → the page's SELECT (its parameters: where.params, then OFFSET).
import { sqlLimit, type SqlSession } from "@/lib/db/sql-session";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { COLUMN_TABLES } from "./filter-columns";
import type { SqlCondition } from "./filter-condition-sql";
import { pageWithTotal } from "./page-with-total";

export interface PageQuery {
  resourceType: ResourceType;
  startIndex: number;
  count: number;
  where: SqlCondition;
  /** A SQL ORDER BY list; null when the filter finds at most one row. */
  orderBy: string | null;
  /** Where to read (the list's read, list-resources.ts). */
  db: SqlSession;
}

export function pageIdsSql(
  { resourceType, where, orderBy }: Omit<PageQuery, "startIndex" | "count" | "db">,
  take: number,
): string {
  return `SELECT "id" FROM "${COLUMN_TABLES[resourceType].table}" WHERE ${where.text}${orderBy === null ? "" : ` ORDER BY ${orderBy}`} ${sqlLimit(take)} OFFSET ?`;
}

export function pageIds({
  resourceType,
  startIndex,
  count,
  where,
  orderBy,
  db,
}: PageQuery): Promise<{ rows: string[]; totalResults: number }> {
  const { table } = COLUMN_TABLES[resourceType];
  return pageWithTotal(
    startIndex,
    count,
    async () =>
      Number(
        (await db.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "${table}" WHERE ${where.text}`, where.params))?.n ??
          0,
      ),
    async (skip, take) =>
      (await db.all<{ id: string }>(pageIdsSql({ resourceType, where, orderBy }, take), [...where.params, skip])).map(
        (r) => r.id,
      ),
  );
}
