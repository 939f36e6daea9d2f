// The provisioning log counted per UTC day, app and status (ProvisioningLogDailyCount), so the 14-day outcome
// chart reads a few hundred rows instead of half a million entries. API: countLogEntries (in the transaction that
// writes the entries), purgeDailyCounts (with the entries), readDailyCounts.
import { prisma } from "@/lib/db/client";
import { sqlRows, type SqlSession } from "@/lib/db/sql-session";

type CountedRow = { orgId: string; appId: string; status: string; at?: Date | string | null };

/** Adds the rows to their day's counts; `at` defaults to now, as the column does. */
export async function countLogEntries(tx: SqlSession, rows: CountedRow[], now = new Date()): Promise<void> {
  const groups = new Map<string, { orgId: string; day: string; appId: string; status: string; n: number }>();
  for (const r of rows) {
    const day = (r.at ? new Date(r.at) : now).toISOString().slice(0, 10);
    const key = `${r.orgId}\u0000${day}\u0000${r.appId}\u0000${r.status}`;
    const group = groups.get(key);
    if (group) group.n++;
    else groups.set(key, { orgId: r.orgId, day, appId: r.appId, status: r.status, n: 1 });
  }
  if (groups.size === 0) return;
  const values = [...groups.values()].flatMap((g) => [g.orgId, g.day, g.appId, g.status, g.n]);
  await tx.run(
    `INSERT INTO "ProvisioningLogDailyCount" ("orgId", "day", "appId", "status", "count") VALUES ${sqlRows(groups.size, 5)}
    ON CONFLICT ("orgId", "day", "appId", "status") DO UPDATE SET "count" = "ProvisioningLogDailyCount"."count" + excluded."count"`,
    values,
  );
}

/** Forgets the days wholly before `before` (the retention cutoff). */
export async function purgeDailyCounts(orgId: string, before: Date): Promise<void> {
  await prisma.provisioningLogDailyCount.deleteMany({
    where: { orgId, day: { lt: before.toISOString().slice(0, 10) } },
  });
}

export async function readDailyCounts(
  orgId: string,
  fromDay: string,
  appId?: string,
): Promise<{ day: string; status: string; n: number }[]> {
  const rows = await prisma.provisioningLogDailyCount.groupBy({
    by: ["day", "status"],
    where: { orgId, day: { gte: fromDay }, ...(appId ? { appId } : {}) },
    _sum: { count: true },
  });
  return rows.map((r) => ({ day: r.day, status: r.status, n: r._sum.count ?? 0 }));
}
