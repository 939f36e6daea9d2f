// The filters as one SQL WHERE clause over ProvisioningLogEntry, shaped so each filter can use an index:
// (orgId, at), (orgId, status, at), (orgId, action, at), (orgId, appId, at), cycleId, changeId, and prefix ranges
// on (orgId, identityLower | sourceIdentity | sourceId | targetId) for the identity search.
import { timeWindow } from "./date-range";
import type { TProvisioningLogFilters } from "./provisioning-log-filters";
import { col, join, jsonArrayHas, sql, startsWith, type Sql } from "./sql";

/**
 * Identity search, as Entra's: the name or an id. A prefix of the display name (or of "display name UPN"), of the
 * user principal name, or of the source or target id. Prefixes, not substrings, so 1,000,000 rows stay fast.
 */
export function identityMatch(q: string): Sql {
  const lower = q.toLowerCase();
  const terms = [startsWith("identityLower", lower), startsWith("sourceIdentity", lower), startsWith("sourceId", q), startsWith("targetId", q)];
  if (lower !== q) terms.push(startsWith("sourceIdentity", q));
  return sql`(${join(terms, " OR ")})`;
}

/** Skipped because the object was out of scope (not assigned, outside the scoping filter, ...): the noise of every cycle. */
export function outOfScopeSkip(): Sql {
  return sql`(${col("status")} = 'Skipped' AND ${jsonArrayHas("steps", { name: ["Scoping", "scoping"], status: ["Skipped"] })})`;
}

export function provisioningLogWhere(orgId: string, f: TProvisioningLogFilters, now: Date): Sql {
  const terms: Sql[] = [sql`"orgId" = ${orgId}`];
  const window = timeWindow(f.range, f.from, f.to, now);
  if (window.from) terms.push(sql`"at" >= ${window.from}`);
  if (window.to) terms.push(sql`"at" < ${window.to}`);
  if (f.status.length) terms.push(sql`"status" IN (${join(f.status)})`);
  if (f.action.length) terms.push(sql`"action" IN (${join(f.action)})`);
  if (f.app) terms.push(sql`"appId" = ${f.app}`);
  if (f.cycle) terms.push(sql`"cycleId" = ${f.cycle}`);
  if (f.change) terms.push(sql`"changeId" = ${f.change}`);
  if (f.q) terms.push(identityMatch(f.q));
  if (f.hideOutOfScope) terms.push(sql`NOT ${outOfScopeSkip()}`);
  return join(terms, " AND ");
}
