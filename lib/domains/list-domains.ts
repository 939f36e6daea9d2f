// An organization's domains with their verification state.
import { prisma } from "@/lib/db/client";

export async function listDomains(orgId: string) {
  return prisma.domain.findMany({
    where: { orgId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      status: true,
      code: true,
      issuedAt: true,
      expiresAt: true,
      verifiedAt: true,
      lastCheckedAt: true,
      warning: true,
      method: true,
    },
  });
}
