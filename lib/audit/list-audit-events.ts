// Reads an organization's audit trail, newest first.
import { prisma } from "@/lib/db/client";

export async function listAuditEvents(orgId: string, { take = 50, skip = 0 } = {}) {
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({ where: { orgId }, orderBy: { createdAt: "desc" }, take, skip }),
    prisma.auditEvent.count({ where: { orgId } }),
  ]);
  return { rows, total };
}
