// Failed provisioning log entries per app since a moment (the Overview's "failures in the last 24 hours"), counted
// on the (orgId, status, at, appId) index alone. API: provisioningFailuresPerApp(orgId, since) → Map<appId, count>.
import { prisma } from "@/lib/db/client";

export async function provisioningFailuresPerApp(orgId: string, since: Date): Promise<Map<string, number>> {
  const failures = await prisma.provisioningLogEntry.groupBy({ by: ["appId"], where: { orgId, status: "Failure", at: { gte: since } }, _count: { _all: true } });
  return new Map(failures.map((f) => [f.appId, f._count._all]));
}
