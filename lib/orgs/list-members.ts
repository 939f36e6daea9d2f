// The people with console roles in an organization.
import { prisma } from "@/lib/db/client";

export async function listMembers(orgId: string) {
  return prisma.membership.findMany({
    where: { orgId },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, createdAt: true, account: { select: { id: true, email: true, name: true } } },
  });
}
