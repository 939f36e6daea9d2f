// Writes the identity search's terms of logged objects (lib/logs/identity-terms.ts) beside their log entries:
// recordLogIdentities(db, orgId, objects) inserts each new (term, sourceId) pair once and ignores the known ones.
import { prisma } from "@/lib/db/client";
import { identityTerms, type IdentityTermSource } from "./identity-terms";
import { join, sql } from "@/lib/db/sql";

export type LoggedIdentity = IdentityTermSource & { sourceId: string | null };
type Db = Pick<typeof prisma, "$executeRaw">;

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

export async function recordLogIdentities(db: Db, orgId: string, objects: LoggedIdentity[]): Promise<void> {
  const rows = identityRows(objects);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => sql`(${orgId}, ${r.term}, ${r.sourceId})`);
    await db.$executeRaw(
      sql`INSERT INTO "ProvisioningLogIdentity" ("orgId", "term", "sourceId") VALUES ${join(values)} ON CONFLICT DO NOTHING`,
    );
  }
}
