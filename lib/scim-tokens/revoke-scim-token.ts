// Revokes a SCIM secret token of the organization (by id or exact name), audited.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

export async function revokeScimToken(orgId: string, idOrName: string, actor: Actor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const matches = await tx.scimToken.findMany({
      where: { orgId, OR: [{ id: idOrName }, { name: idOrName }], revokedAt: null },
    });
    if (matches.length === 0) throw new AppError("not_found", `No active token "${idOrName}" in this organization.`);
    if (matches.length > 1)
      throw new AppError("conflict", `Several active tokens are named "${idOrName}"; revoke by id.`);
    const token = matches[0]!;
    await tx.scimToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "scim.token.revoke",
        targetType: "scimToken",
        targetId: token.id,
        oldValue: { name: token.name },
      },
      tx,
    );
    return { id: token.id, name: token.name, revokedAt: now };
  });
}
