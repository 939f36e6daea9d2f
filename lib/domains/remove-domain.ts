// Deletes a pending or expired domain from an organization (audited). A verified domain cannot be deleted:
// users and provisioning depend on it.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

export async function removeDomain(orgId: string, domain: { id?: string; name?: string }, actor: Actor) {
  const row = await prisma.domain.findFirst({
    where: { orgId, ...(domain.id ? { id: domain.id } : { name: domain.name?.trim().toLowerCase() }) },
  });
  if (!row) throw new AppError("not_found", `No domain ${domain.name ?? ""} in this organization.`.replace("  ", " "));
  if (row.status === "verified")
    throw new AppError("precondition_failed", `${row.name} is verified and cannot be deleted.`);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.domain.deleteMany({ where: { id: row.id, status: { not: "verified" } } });
    if (count !== 1)
      throw new AppError("precondition_failed", `${row.name} was verified meanwhile and cannot be deleted.`);
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "domain.remove",
        targetType: "domain",
        targetId: row.id,
        oldValue: { name: row.name, status: row.status },
        newValue: null,
      },
      tx,
    );
    return { id: row.id, name: row.name, status: row.status };
  });
}
