// Retention for the hourly counts (count-log-entries-per-hour.ts, count-scim-requests.ts): forgets an
// organization's hours wholly before the cutoff, as its log entries and requests before it are deleted.
import { prisma, requestLogDb } from "@/lib/db/client";
import { hourKey } from "./time-buckets";

export async function purgeHourlyCounts(orgId: string, before: Date): Promise<void> {
  const hour = { lt: hourKey(before) };
  await prisma.provisioningLogHourlyCount.deleteMany({ where: { orgId, hour } });
  await requestLogDb.scimRequestHourlyCount.deleteMany({ where: { orgId, hour } });
}
