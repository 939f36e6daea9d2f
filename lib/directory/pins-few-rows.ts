// Whether a filter pins a list to a few rows through an index: `eq` on id or on an indexed lowercase column (userName,
// externalId, displayName), alone or ANDed with anything. sort-to-order-by.ts then has SQLite sort the rows found
// rather than walk the (orgId, createdAt) index in order: without table statistics (a tenant provisioned from empty
// has none until PRAGMA optimize runs) SQLite's planner prefers that walk, which reads every row of the organization
// for an `externalId eq` lookup (~0.6 ms at 3,000 users, growing with the directory).
// API: pinsFewRows(resourceType, filter) → boolean.
import type { FilterNode } from "@/lib/scim/filter-ast";
import type { ResourceType } from "@/lib/scim/schema-registry";
import { lookupColumn } from "./filter-columns";

export function pinsFewRows(resourceType: ResourceType, filter: FilterNode | undefined): boolean {
  if (!filter) return false;
  if (filter.kind === "and") return filter.children.some((child) => pinsFewRows(resourceType, child));
  if (filter.kind !== "compare" || filter.op !== "eq" || filter.value.type !== "string") return false;
  const target = lookupColumn(resourceType, filter.path);
  if (target.kind !== "column" || target.column.kind !== "string") return false;
  return target.column.column === "id" || target.column.lower === true;
}
