// Inbound SCIM requests counted per organization and UTC hour, with the failed ones (4xx and 5xx answers), in
// ScimRequestHourlyCount: called in the transaction that inserts a batch of request-log rows, one upsert per
// (organization, hour) in the batch, so counts and rows never disagree. The Overview's 24-hour request chart reads
// these (scim-requests-per-hour.ts). Requests of no organization (refused tokens) are not counted.
import type { SqlSession } from "@/lib/db/sql-session";
import { hourKey } from "./time-buckets";

type CountedRequest = { orgId: string | null; at: Date; status: number };

const UPSERT = `INSERT INTO "ScimRequestHourlyCount" ("orgId", "hour", "requests", "errors") VALUES (?, ?, ?, ?)
  ON CONFLICT ("orgId", "hour") DO UPDATE SET "requests" = "ScimRequestHourlyCount"."requests" + excluded."requests", "errors" = "ScimRequestHourlyCount"."errors" + excluded."errors"`;

export async function countScimRequests(tx: SqlSession, rows: CountedRequest[]): Promise<void> {
  const groups = new Map<string, { orgId: string; hour: string; requests: number; errors: number }>();
  for (const r of rows) {
    if (r.orgId === null) continue;
    const hour = hourKey(r.at);
    const key = `${r.orgId}\u0000${hour}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { orgId: r.orgId, hour, requests: 0, errors: 0 }));
    group.requests++;
    if (r.status >= 400) group.errors++;
  }
  // In key order, so concurrent batches (PostgreSQL) lock the same counts in the same order.
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    await tx.run(UPSERT, [g.orgId, g.hour, g.requests, g.errors]);
  }
}
