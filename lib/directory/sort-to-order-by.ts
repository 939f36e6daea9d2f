// Translates `sortBy`/`sortOrder` (RFC 7644 §3.4.2.3) into a SQL ORDER BY with `id` as a stable tie-breaker.
// API: sortToOrderBy(resourceType, sortBy?, sortOrder?, { sortFound }?) → string (`"OrgUser"."userNameLower" ASC, "OrgUser"."id" ASC`).
import { parseAttributePath } from "@/lib/scim/attribute-paths";
import { ScimError } from "@/lib/scim/errors";
import { COLUMN_TABLES, lookupColumn } from "./filter-columns";
import type { SortOrder } from "@/lib/scim/list-params";
import { resolveAttribute, type ResourceType } from "@/lib/scim/schema-registry";

const column = (table: string, name: string) => `"${table}"."${name}"`;

/** Creation order: what a client paging without sortBy sees, stable across pages. */
function defaultOrder(table: string, key: (expression: string) => string): string {
  return `${key(column(table, "createdAt"))} ASC, ${key(column(table, "id"))} ASC`;
}

/**
 * `sortFound`: the filter pins a few rows through an index (pins-few-rows.ts), so on SQLite the keys are written
 * `+key`, an expression no index can order by: the planner then finds the rows by the filter's index and sorts them.
 */
export interface OrderOptions {
  sortFound?: boolean;
}

/**
 * Sorting follows caseExact like filtering does: a caseExact:false attribute sorts on its lowercased column, or on
 * lower(column) when it has none. Attributes that exist in the schema but have no sortable column (emails, addresses,
 * meta.resourceType, ...) fall back to the default order; names no schema defines are 400 invalidValue.
 */
export function sortToOrderBy(
  resourceType: ResourceType,
  sortBy?: string,
  sortOrder: SortOrder = "ascending",
  { sortFound = false }: OrderOptions = {},
): string {
  const { table } = COLUMN_TABLES[resourceType];
  const key = sortFound ? (expression: string) => `+${expression}` : (expression: string) => expression;
  if (!sortBy) return defaultOrder(table, key);
  const path = parseAttributePath(sortBy.trim());
  if (!path || !resolveAttribute(resourceType, path)) {
    throw new ScimError(400, "invalidValue", `sortBy: "${sortBy}" is not an attribute of ${resourceType}`);
  }
  const target = lookupColumn(resourceType, path);
  if (target.kind !== "column" || target.column.kind === "constant") return defaultOrder(table, key);
  const dir = sortOrder === "descending" ? "DESC" : "ASC";
  const col = target.column;
  const id = `${key(column(table, "id"))} ${dir}`;
  if (col.column === "id") return id;
  const folded = col.kind === "string" && !col.lower && !target.def.caseExact;
  const sortKey = folded ? `lower(${column(table, col.column)})` : column(table, col.column);
  return `${key(sortKey)} ${dir}, ${id}`;
}
