// The provisioning log counted per UTC hour, status and app (ProvisioningLogHourlyCount), beside the daily counts
// (daily-outcome-counts.ts) and in the same transaction as the entries, so counts and entries never disagree. The
// Overview's failures per app in the last 24 hours read these (provisioning-failures-per-app.ts).
import { sqlRows, type SqlSession } from "@/lib/db/sql-session";
import { hourKey } from "./time-buckets";

type CountedRow = { orgId: string; appId: string; status: string; at?: Date | string | null };

/** Adds the rows to their hour's counts; `at` defaults to now, as the column does. */
export async function countLogEntriesPerHour(tx: SqlSession, rows: CountedRow[], now = new Date()): Promise<void> {
  const groups = new Map<string, { orgId: string; status: string; hour: string; appId: string; n: number }>();
  for (const r of rows) {
    const hour = hourKey(r.at ? new Date(r.at) : now);
    const key = `${r.orgId}\u0000${r.status}\u0000${hour}\u0000${r.appId}`;
    const group = groups.get(key);
    if (group) group.n++;
    else groups.set(key, { orgId: r.orgId, status: r.status, hour, appId: r.appId, n: 1 });
  }
  if (groups.size === 0) return;
  // In key order, so two transactions that touch the same counts (PostgreSQL) lock them in the same order.
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
  await tx.run(
    `INSERT INTO "ProvisioningLogHourlyCount" ("orgId", "status", "hour", "appId", "count") VALUES ${sqlRows(sorted.length, 5)}
    ON CONFLICT ("orgId", "status", "hour", "appId") DO UPDATE SET "count" = "ProvisioningLogHourlyCount"."count" + excluded."count"`,
    sorted.flatMap((g) => [g.orgId, g.status, g.hour, g.appId, g.n]),
  );
}
