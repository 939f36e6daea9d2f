// Counts shown on an organization's overview page.
import { prisma } from "@/lib/db/client";
import { countDirectory } from "@/lib/directory/count-directory";

export async function getOverview(orgId: string) {
  const [{ users, activeUsers, groups }, members, verifiedDomains, pendingDomains] = await Promise.all([
    countDirectory(orgId),
    prisma.membership.count({ where: { orgId } }),
    prisma.domain.findMany({ where: { orgId, status: "verified" }, select: { name: true }, orderBy: { name: "asc" } }),
    prisma.domain.count({ where: { orgId, status: "pending" } }),
  ]);
  return { users, activeUsers, groups, members, verifiedDomains: verifiedDomains.map((d) => d.name), pendingDomains };
}
