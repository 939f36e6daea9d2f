// One directory user with emails and group memberships, scoped to the organization.
import { prisma } from "@/lib/db/client";

export async function getUserDetails(orgId: string, userId: string) {
  return prisma.orgUser.findFirst({
    where: { id: userId, orgId },
    include: {
      emails: { orderBy: { position: "asc" } },
      memberships: { include: { group: { select: { id: true, displayName: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
}
