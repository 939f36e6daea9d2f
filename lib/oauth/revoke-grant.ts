// Revokes a grant (an OAuthToken row: its access and refresh token together), audited.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

/** Marks the grant revoked if it is not already; returns whether this call revoked it. */
export async function markGrantRevoked(
  grantId: string,
  actor: Actor,
  reason: string,
  now = new Date(),
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const grant = await tx.oAuthToken.findUnique({
      where: { id: grantId },
      select: { id: true, orgId: true, clientId: true, revokedAt: true },
    });
    if (!grant || grant.revokedAt) return false;
    const { count } = await tx.oAuthToken.updateMany({
      where: { id: grantId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) return false;
    await recordAuditEvent(
      {
        orgId: grant.orgId,
        actor,
        action: "oauth.grant.revoke",
        targetType: "oauthGrant",
        targetId: grant.id,
        oldValue: { clientId: grant.clientId },
        newValue: { reason },
      },
      tx,
    );
    return true;
  });
}

/** For the console: revoke one of the organization's authorized apps. */
export async function revokeGrant(
  orgId: string,
  tokenId: string,
  actor: Actor,
  now = new Date(),
): Promise<{ id: string; clientName: string; revokedAt: Date }> {
  const grant = await prisma.oAuthToken.findFirst({
    where: { id: tokenId, orgId, revokedAt: null },
    select: { id: true, clientId: true },
  });
  if (!grant) throw new AppError("not_found", "No active authorization with this id in the organization.");
  const client = await prisma.oAuthClient.findUnique({ where: { clientId: grant.clientId }, select: { name: true } });
  if (!(await markGrantRevoked(grant.id, actor, "revoked in the console", now)))
    throw new AppError("not_found", "This authorization was already revoked.");
  return { id: grant.id, clientName: client?.name ?? grant.clientId, revokedAt: now };
}
