// Translates `sortBy`/`sortOrder` (RFC 7644 §3.4.2.3) into a Prisma `orderBy` with `id` as a stable tie-breaker.
// API: sortToOrderBy(resourceType, sortBy?, sortOrder?) → PrismaOrderBy[]; DEFAULT_ORDER_BY.
import { parseAttributePath } from "@/lib/scim/attribute-paths";
import { ScimError } from "@/lib/scim/errors";
import { lookupColumn } from "./filter-columns";
import type { SortOrder } from "@/lib/scim/list-params";
import { resolveAttribute, type ResourceType } from "@/lib/scim/schema-registry";

export type PrismaOrderBy = Record<string, "asc" | "desc">;

/** Creation order: what a client paging without sortBy sees, stable across pages. */
export const DEFAULT_ORDER_BY: PrismaOrderBy[] = [{ createdAt: "asc" }, { id: "asc" }];

/**
 * Case-insensitive attributes sort on their lowercased column. Attributes that exist in the schema but have no
 * sortable column (emails, addresses, meta.resourceType, ...) fall back to the default order; names no schema
 * defines are 400 invalidValue.
 */
export function sortToOrderBy(
  resourceType: ResourceType,
  sortBy?: string,
  sortOrder: SortOrder = "ascending",
): PrismaOrderBy[] {
  if (!sortBy) return DEFAULT_ORDER_BY;
  const path = parseAttributePath(sortBy.trim());
  if (!path || !resolveAttribute(resourceType, path)) {
    throw new ScimError(400, "invalidValue", `sortBy: "${sortBy}" is not an attribute of ${resourceType}`);
  }
  const target = lookupColumn(resourceType, path);
  if (target.kind !== "column" || target.column.kind === "constant") return DEFAULT_ORDER_BY;
  const dir = sortOrder === "descending" ? "desc" : "asc";
  const column = target.column.column;
  return column === "id" ? [{ id: dir }] : [{ [column]: dir }, { id: dir }];
}
