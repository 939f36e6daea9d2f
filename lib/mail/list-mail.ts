// An organization's recent emails (sent, failed, or waiting in the outbox when SMTP is not configured).
import { prisma } from "@/lib/db/client";

export async function listMail(orgId: string, take = 20) {
  return prisma.mailMessage.findMany({ where: { orgId }, orderBy: { createdAt: "desc" }, take });
}
