// Whether a filter pins a list to a few rows through an index: `eq` on id or on an indexed lowercase column (userName,
// externalId, displayName), alone or ANDed with anything. sort-to-order-by.ts then has SQLite sort the rows found
// rather than walk the (orgId, createdAt) index in order: without table statistics (a tenant provisioned from empty
// has none until PRAGMA optimize runs) SQLite's planner prefers that walk, which reads every row of the organization
// for an `externalId eq` lookup (~0.6 ms at 3,000 users, growing with the directory).
// pinsOneRow() is the narrower case of an `eq` on a unique column (id, a user's userName, a group's displayName): at most
// one row, so the list needs no ORDER BY at all (sorting even one row costs SQLite a temporary B-tree, ~10 µs).
// API: pinsFewRows(resourceType, filter) → boolean, pinsOneRow(resourceType, filter) → boolean.
import type { FilterNode } from "@/lib/scim/filter-ast";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { lookupColumn } from "./filter-columns";

/** The column an `eq` on a string value compares, or null. */
function eqColumn(resourceType: ResourceType, filter: FilterNode): { column: string; lower?: boolean } | null {
  if (filter.kind !== "compare" || filter.op !== "eq" || filter.value.type !== "string") return null;
  const target = lookupColumn(resourceType, filter.path);
  return target.kind === "column" && target.column.kind === "string" ? target.column : null;
}

/** Whether the filter, or a term ANDed in it, is an `eq` on a column that `pins` accepts. */
function pinnedBy(
  resourceType: ResourceType,
  filter: FilterNode | undefined,
  pins: (column: string, lower: boolean) => boolean,
): boolean {
  if (!filter) return false;
  if (filter.kind === "and") return filter.children.some((child) => pinnedBy(resourceType, child, pins));
  const column = eqColumn(resourceType, filter);
  return column !== null && pins(column.column, column.lower === true);
}

export function pinsFewRows(resourceType: ResourceType, filter: FilterNode | undefined): boolean {
  return pinnedBy(resourceType, filter, (column, lower) => column === "id" || lower);
}

// Unique within an organization: OrgUser (orgId, userNameLower) and OrgGroup (orgId, displayNameLower).
const UNIQUE_COLUMNS: Record<ResourceType, readonly string[]> = {
  User: ["id", "userNameLower"],
  Group: ["id", "displayNameLower"],
};

export function pinsOneRow(resourceType: ResourceType, filter: FilterNode | undefined): boolean {
  return pinnedBy(resourceType, filter, (column) => UNIQUE_COLUMNS[resourceType].includes(column));
}
