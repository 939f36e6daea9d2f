// The Overview's provisioning health (PRODUCT.md §10): per app status, cycles, failures and quarantine; outcomes
// per day for 14 days; inbound SCIM requests per hour for 24 hours; pending domains with their deadline.
import { prisma } from "@/lib/db/client";
import { listAppHealth } from "@/lib/provisioning/provisioning-job/app-health";
import { provisioningOutcomesPerDay } from "@/lib/logs/outcomes-per-day";
import { scimRequestsPerHour } from "@/lib/logs/scim-requests-per-hour";

export async function getOverviewHealth(orgId: string, now = new Date()) {
  const [apps, outcomes, requests, pendingDomains] = await Promise.all([
    listAppHealth(orgId, now),
    provisioningOutcomesPerDay(orgId, { now }),
    scimRequestsPerHour(orgId, { now }),
    prisma.domain.findMany({
      where: { orgId, status: "pending" },
      orderBy: { expiresAt: "asc" },
      take: 50,
      select: { id: true, name: true, expiresAt: true },
    }),
  ]);
  return {
    apps,
    outcomes,
    requests,
    pendingDomains: pendingDomains.map((d) => ({ id: d.id, name: d.name, expiresAt: d.expiresAt.toISOString() })),
  };
}
