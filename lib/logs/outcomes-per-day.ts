// Provisioning outcomes per UTC day (Success / Failure / Skipped / Warning) for the Overview and an app's
// provisioning page: one GROUP BY over the (orgId, status, at) index, which holds every column it reads.
import { prisma } from "@/lib/db/client";
import { LOG_STATUSES } from "./provisioning-log-filters";
import { dialect, join, sql } from "./sql";
import { dayBuckets, fillOutcomeDays, type OutcomeDay } from "./time-buckets";

export const OUTCOME_DAYS = 14;

const dayOf = () => (dialect() === "postgresql" ? sql`to_char("at", 'YYYY-MM-DD')` : sql`substr("at", 1, 10)`);

export async function provisioningOutcomesPerDay(orgId: string, { appId, days = OUTCOME_DAYS, now = new Date() }: { appId?: string; days?: number; now?: Date } = {}): Promise<OutcomeDay[]> {
  const { keys, from } = dayBuckets(now, days);
  const app = appId ? sql` AND "appId" = ${appId}` : sql``;
  const rows = await prisma.$queryRaw<{ day: string; status: string; n: number | bigint }[]>(sql`
    SELECT ${dayOf()} AS "day", "status", count(*) AS "n" FROM "ProvisioningLogEntry"
    WHERE "orgId" = ${orgId} AND "status" IN (${join([...LOG_STATUSES])}) AND "at" >= ${from}${app}
    GROUP BY 1, 2`);
  return fillOutcomeDays(keys, rows.map((r) => ({ day: r.day, status: r.status, n: Number(r.n) })));
}
