// The lookups identity providers make before every write (`userName eq "…"`, `externalId eq "…"`,
// `displayName eq "…"`, `id eq "…"`) translate to a Prisma where clause that only compares columns with values.
// Such a clause (and its plain column ordering) is turned into SQL here, so the lookup runs as one prepared statement;
// any other shape returns null and goes through Prisma. API: equalityQuery(where, orderBy, columns) → EqualityQuery | null.
import type { SqlValue } from "@/lib/db/sql-session";

export interface EqualityQuery {
  /** `"orgId" = ? AND "userNameLower" = ?` */
  where: string;
  params: SqlValue[];
  /** `"createdAt" ASC, "id" ASC` */
  orderBy: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

function collect(where: unknown, columns: ReadonlySet<string>, out: [string, SqlValue][]): boolean {
  if (!isPlainObject(where)) return false;
  for (const [key, value] of Object.entries(where)) {
    if (key === "AND") {
      const parts = Array.isArray(value) ? value : [value];
      if (!parts.every((part) => collect(part, columns, out))) return false;
    } else if (
      columns.has(key) &&
      (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value)))
    ) {
      out.push([key, value]);
    } else {
      // OR, NOT, null (IS NULL in Prisma), operators, relations: Prisma's business.
      return false;
    }
  }
  return true;
}

export function equalityQuery(where: unknown, orderBy: unknown, columns: ReadonlySet<string>): EqualityQuery | null {
  const pairs: [string, SqlValue][] = [];
  if (!collect(where, columns, pairs) || pairs.length === 0) return null;
  if (!Array.isArray(orderBy) || orderBy.length === 0) return null;
  const order: string[] = [];
  for (const item of orderBy) {
    const entries = isPlainObject(item) ? Object.entries(item) : [];
    if (entries.length !== 1) return null;
    const [column, direction] = entries[0]!;
    if (!columns.has(column) || (direction !== "asc" && direction !== "desc")) return null;
    order.push(`"${column}" ${direction.toUpperCase()}`);
  }
  return {
    where: pairs.map(([column]) => `"${column}" = ?`).join(" AND "),
    params: pairs.map(([, value]) => value),
    orderBy: order.join(", "),
  };
}
