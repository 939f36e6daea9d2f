// The operator's override: marks a domain verified without a DNS or HTTP check (air-gapped installs, tests). Audited.
// Such domains are not re-checked daily (there may be no DNS to ask), and still belong to one organization only.
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/db-errors";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { addDomain, parseDomainName } from "./add-domain";
import { assertNotVerifiedElsewhere, takenError } from "./domain-ownership";

export async function markDomainVerified(orgId: string, name: string, actor: Actor, now = new Date()) {
  const domain = parseDomainName(name);
  const existing =
    (await prisma.domain.findUnique({ where: { orgId_name: { orgId, name: domain } } })) ??
    (await addDomain(orgId, domain, actor, now));
  if (existing.status === "verified") return existing;
  await assertNotVerifiedElsewhere(domain, orgId);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.domain.update({
        where: { id: existing.id },
        data: {
          status: "verified",
          verifiedAt: now,
          lastCheckedAt: now,
          warning: null,
          method: "operator",
          verifiedName: domain,
        },
      });
      await recordAuditEvent(
        {
          orgId,
          actor,
          action: "domain.mark-verified",
          targetType: "domain",
          targetId: row.id,
          oldValue: { status: existing.status },
          newValue: { status: "verified", override: true },
        },
        tx,
      );
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw takenError(domain);
    throw error;
  }
}
