// Pending domains past their 10-day deadline become Expired (audited); Restart verification issues a new code.
import { prisma } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

export const SYSTEM_ACTOR: Actor = { id: null, label: "background check" };

/** Marks one domain expired if it is still pending past its deadline; true when this call did it. */
export async function expireDomain(
  domain: { id: string; orgId: string | null; name: string; expiresAt: Date },
  now: Date,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.domain.updateMany({
      where: { id: domain.id, status: "pending", expiresAt: { lte: now } },
      data: { status: "expired" },
    });
    if (count === 1) {
      await recordAuditEvent(
        {
          orgId: domain.orgId,
          actor: SYSTEM_ACTOR,
          action: "domain.expire",
          targetType: "domain",
          targetId: domain.id,
          oldValue: { status: "pending" },
          newValue: { status: "expired", name: domain.name, expiresAt: domain.expiresAt.toISOString() },
        },
        tx,
      );
    }
    return count === 1;
  });
}

export async function expireDomains(now: Date): Promise<number> {
  const due = await prisma.domain.findMany({
    where: { status: "pending", expiresAt: { lte: now } },
    select: { id: true, orgId: true, name: true, expiresAt: true },
    take: 500,
  });
  let expired = 0;
  for (const domain of due) if (await expireDomain(domain, now)) expired++;
  return expired;
}
