// Writes the identity search's terms of logged objects (lib/logs/identity-terms.ts) beside their log entries:
// recordLogIdentities(db, orgId, objects) inserts each new (term, sourceId) pair once and ignores the known ones.
import { sqlRows, type SqlSession } from "@/lib/db/sql-session";
import { identityTerms, type IdentityTermSource } from "./identity-terms";

export type LoggedIdentity = IdentityTermSource & { sourceId: string | null };

const CHUNK = 300;

export function identityRows(objects: LoggedIdentity[]): { term: string; sourceId: string }[] {
  const seen = new Set<string>();
  const rows: { term: string; sourceId: string }[] = [];
  for (const o of objects) {
    if (!o.sourceId) continue;
    for (const term of identityTerms({ ...o, ids: [o.sourceId, ...(o.ids ?? [])] })) {
      const key = `${term}\u0000${o.sourceId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ term, sourceId: o.sourceId });
    }
  }
  return rows;
}

export async function recordLogIdentities(db: SqlSession, orgId: string, objects: LoggedIdentity[]): Promise<void> {
  const rows = identityRows(objects);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.run(
      `INSERT INTO "ProvisioningLogIdentity" ("orgId", "term", "sourceId") VALUES ${sqlRows(chunk.length, 3)} ON CONFLICT DO NOTHING`,
      chunk.flatMap((r) => [orgId, r.term, r.sourceId]),
    );
  }
}
