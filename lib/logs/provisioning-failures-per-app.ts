// Failed provisioning log entries per app since a moment (the Overview's "failures in the last 24 hours"), exactly
// as the log viewer's filter `status=Failure, at >= since` counts them, whatever the size of the log: the whole
// UTC hours after the one `since` falls in are summed from the hourly counts (count-log-entries-per-hour.ts; at
// most 25 hours × apps rows on their key), and the rest of that first, partial hour is counted in the log on the
// (orgId, status, at, appId) index (at most an hour of failures).
import { prisma } from "@/lib/db/client";
import { hourKey, nextHourStart } from "./time-buckets";

export async function provisioningFailuresPerApp(orgId: string, since: Date): Promise<Map<string, number>> {
  const edgeEnd = nextHourStart(since);
  const [hours, edge] = await Promise.all([
    prisma.provisioningLogHourlyCount.groupBy({
      by: ["appId"],
      where: { orgId, status: "Failure", hour: { gte: hourKey(edgeEnd) } },
      _sum: { count: true },
    }),
    prisma.provisioningLogEntry.groupBy({
      by: ["appId"],
      where: { orgId, status: "Failure", at: { gte: since, lt: edgeEnd } },
      _count: { _all: true },
    }),
  ]);
  const failures = new Map<string, number>();
  for (const h of hours) failures.set(h.appId, (failures.get(h.appId) ?? 0) + (h._sum.count ?? 0));
  for (const e of edge) failures.set(e.appId, (failures.get(e.appId) ?? 0) + e._count._all);
  return failures;
}
