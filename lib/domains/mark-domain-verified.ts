// The operator's override: marks a domain verified without a DNS or HTTP check (air-gapped installs, tests). Audited.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { addDomain, ZDomainName } from "./add-domain";

export async function markDomainVerified(orgId: string, name: string, actor: Actor, now = new Date()) {
  const parsed = ZDomainName.safeParse(name);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]!.message);
  const existing = (await prisma.domain.findUnique({ where: { orgId_name: { orgId, name: parsed.data } } })) ?? (await addDomain(orgId, parsed.data, actor, now));
  if (existing.status === "verified") return existing;
  return prisma.$transaction(async (tx) => {
    const row = await tx.domain.update({ where: { id: existing.id }, data: { status: "verified", verifiedAt: now, lastCheckedAt: now, warning: null } });
    await recordAuditEvent({ orgId, actor, action: "domain.mark-verified", targetType: "domain", targetId: row.id, oldValue: { status: existing.status }, newValue: { status: "verified", override: true } }, tx);
    return row;
  });
}
