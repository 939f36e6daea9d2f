// The inbound SCIM log filters as one WHERE clause over ScimRequestLog ((orgId, at), (orgId, status, at),
// (orgId, resourceName), (orgId, resourceId), requestId).
import { timeWindow } from "./date-range";
import type { TScimLogFilters } from "./scim-log-filters";
import { join, sql, startsWith, type Sql } from "@/lib/db/sql";

/** The user's or group's name (userName / displayName, as sent or lowercased), its id, or a request id: all prefixes. */
export function scimSearchMatch(q: string): Sql {
  const terms = [startsWith("resourceName", q), startsWith("resourceId", q), startsWith("requestId", q)];
  if (q.toLowerCase() !== q) terms.push(startsWith("resourceName", q.toLowerCase()));
  return sql`(${join(terms, " OR ")})`;
}

export function scimLogWhere(orgId: string, f: TScimLogFilters, now: Date): Sql {
  const terms: Sql[] = [sql`"orgId" = ${orgId}`];
  const window = timeWindow(f.range, f.from, f.to, now);
  if (window.from) terms.push(sql`"at" >= ${window.from}`);
  if (window.to) terms.push(sql`"at" < ${window.to}`);
  if (f.status.length) {
    const classes = f.status.map((c) => {
      const base = Number(c[0]) * 100;
      return sql`("status" >= ${base} AND "status" < ${base + 100})`;
    });
    terms.push(sql`(${join(classes, " OR ")})`);
  }
  if (f.method.length) terms.push(sql`"method" IN (${join(f.method)})`);
  if (f.resourceType.length) terms.push(sql`"resourceType" IN (${join(f.resourceType)})`);
  if (f.requestId.length) terms.push(sql`"requestId" IN (${join(f.requestId)})`);
  if (f.q) terms.push(scimSearchMatch(f.q));
  return join(terms, " AND ");
}
