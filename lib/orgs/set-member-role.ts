// Gives an account a role in an organization (adding the membership if needed), audited.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isRole, ROLES, type Role } from "@/lib/auth/roles";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

export async function setMemberRole(
  input: { orgId: string; email: string; role: string },
  actor: Actor,
): Promise<{ accountId: string; role: Role; previousRole: string | null }> {
  const role = input.role;
  if (!isRole(role)) {
    throw new AppError("invalid_input", `Unknown role "${role}". Use one of: ${ROLES.join(", ")}.`, {
      role: ["Choose a role."],
    });
  }
  const email = input.email.trim().toLowerCase();
  return prisma.$transaction(async (tx) => {
    const account = await tx.account.findUnique({ where: { email }, select: { id: true } });
    if (!account)
      throw new AppError("not_found", `No account with email ${email}.`, { email: ["No account with this email."] });
    if (actor.id && actor.id === account.id) {
      throw new AppError("forbidden", "You cannot change your own role.");
    }
    const existing = await tx.membership.findUnique({
      where: { orgId_accountId: { orgId: input.orgId, accountId: account.id } },
    });
    if (existing?.role === role) return { accountId: account.id, role, previousRole: role };
    await tx.membership.upsert({
      where: { orgId_accountId: { orgId: input.orgId, accountId: account.id } },
      create: { orgId: input.orgId, accountId: account.id, role },
      update: { role },
    });
    await recordAuditEvent(
      {
        orgId: input.orgId,
        actor,
        action: existing ? "member.role.change" : "member.add",
        targetType: "account",
        targetId: account.id,
        oldValue: existing ? { email, role: existing.role } : null,
        newValue: { email, role },
      },
      tx,
    );
    return { accountId: account.id, role, previousRole: existing?.role ?? null };
  });
}
