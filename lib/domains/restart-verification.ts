// Restart verification: an expired domain gets a new code and a new 10-day deadline (the old code stops counting).
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { freshVerification } from "./add-domain";
import { effectiveStatus } from "./domain-status";
import { assertNotVerifiedElsewhere } from "./domain-ownership";

export async function restartVerification(domainId: string, actor: Actor, now = new Date()) {
  const domain = await prisma.domain.findUnique({ where: { id: domainId } });
  if (!domain) throw new AppError("not_found", "Domain not found.");
  const status = effectiveStatus(domain, now);
  if (status !== "expired")
    throw new AppError(
      "precondition_failed",
      `${domain.name} is ${status}; only an expired verification can be restarted.`,
    );
  await assertNotVerifiedElsewhere(domain.name, domain.orgId);
  return prisma.$transaction(async (tx) => {
    const fresh = freshVerification(now);
    const { count } = await tx.domain.updateMany({
      where: { id: domain.id, status: { in: ["pending", "expired"] }, expiresAt: { lte: now } },
      data: fresh,
    });
    if (count !== 1) throw new AppError("conflict", "The domain changed meanwhile; reload the page.");
    await recordAuditEvent(
      {
        orgId: domain.orgId,
        actor,
        action: "domain.restart-verification",
        targetType: "domain",
        targetId: domain.id,
        oldValue: { status: domain.status, expiresAt: domain.expiresAt.toISOString() },
        newValue: { status: "pending", expiresAt: fresh.expiresAt.toISOString() },
      },
      tx,
    );
    return tx.domain.findUniqueOrThrow({ where: { id: domain.id } });
  });
}
