// An organization's SCIM secret tokens, without their hashes.
import { prisma } from "@/lib/db/client";

export async function listScimTokens(orgId: string) {
  return prisma.scimToken.findMany({
    where: { orgId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
