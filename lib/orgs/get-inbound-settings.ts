// Reads the organization's inbound SCIM settings.
import { prisma } from "@/lib/db/client";

export async function getInboundSettings(orgId: string) {
  return prisma.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { inboundEnabled: true, inboundFailureEmail: true },
  });
}
