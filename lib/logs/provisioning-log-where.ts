// The filters as one SQL WHERE clause over ProvisioningLogEntry, shaped so each filter can use an index:
// (orgId, at), (orgId, status, at), (orgId, action, at), (orgId, appId, at), cycleId, changeId, and for the identity
// search a prefix range on ProvisioningLogIdentity (orgId, term) whose sourceIds meet (orgId, sourceId).
import { timeWindow } from "./date-range";
import { normalizeIdentityQuery } from "./identity-terms";
import type { TProvisioningLogFilters } from "./provisioning-log-filters";
import { col, dialect, join, jsonArrayHas, sql, startsWith, type Sql } from "@/lib/db/sql";

/**
 * Identity search: the start of any word of the name, of the UPN or mail (its domain part too, "@northwind"), or of
 * any id the console shows (source record id, the identity source's objectId, target id), case-insensitive.
 * Word starts, not substrings, so 1,000,000 rows stay fast: the terms are indexed per person (record-log-identities.ts).
 */
export function identityMatch(orgId: string, q: string, { indexed = true } = {}): Sql {
  const people = sql`SELECT "sourceId" FROM "ProvisioningLogIdentity" WHERE "orgId" = ${orgId} AND ${startsWith("term", normalizeIdentityQuery(q))}`;
  // SQLite's unary + keeps the entry's (orgId, sourceId) index out of a dense search's plan (see isDenseSearch).
  return indexed || dialect() !== "sqlite" ? sql`"sourceId" IN (${people})` : sql`+"sourceId" IN (${people})`;
}

/** Skipped because the object was out of scope (not assigned, outside the scoping filter, ...): the noise of every cycle. */
export function outOfScopeSkip(): Sql {
  return sql`(${col("status")} = 'Skipped' AND ${jsonArrayHas("steps", { name: ["Scoping", "scoping"], status: ["Skipped"] })})`;
}

/**
 * `identityIndexes: false` keeps SQLite off the identity indexes, `dateIndexes: false` off the date ones (see
 * isDenseSearch and countDense in list-provisioning-log.ts).
 */
export function provisioningLogWhere(
  orgId: string,
  f: TProvisioningLogFilters,
  now: Date,
  { identityIndexes = true, dateIndexes = true } = {},
): Sql {
  // A cycle or change id narrows to a few rows through its own index; SQLite would rather walk a date index (all of
  // which start with orgId) to skip the sort, through every newer row. The unary + keeps it on the id's index.
  const byId = (f.cycle || f.change) && dialect() === "sqlite";
  const terms: Sql[] = [byId ? sql`+"orgId" = ${orgId}` : sql`"orgId" = ${orgId}`];
  const window = timeWindow(f.range, f.from, f.to, now);
  const at = dateIndexes || dialect() !== "sqlite" ? sql`"at"` : sql`+"at"`;
  if (window.from) terms.push(sql`${at} >= ${window.from}`);
  if (window.to) terms.push(sql`${at} < ${window.to}`);
  if (f.status.length) terms.push(sql`"status" IN (${join(f.status)})`);
  if (f.action.length) terms.push(sql`"action" IN (${join(f.action)})`);
  if (f.app) terms.push(sql`"appId" = ${f.app}`);
  if (f.cycle) terms.push(sql`"cycleId" = ${f.cycle}`);
  if (f.change) terms.push(sql`"changeId" = ${f.change}`);
  if (f.q) terms.push(identityMatch(orgId, f.q, { indexed: identityIndexes }));
  if (f.hideOutOfScope) terms.push(sql`NOT ${outOfScopeSkip()}`);
  return join(terms, " AND ");
}
