// A new account's first screen: the pending verification of its email's domain, created on first visit.
// Each account gets its own code, and its pending domain is visible to it alone.
import { prisma } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZDomainName, freshVerification } from "./add-domain";
import { emailDomain } from "./domain-status";
import { findVerifiedElsewhere } from "./domain-ownership";

export type Onboarding =
  | { kind: "pending"; domain: NonNullable<Awaited<ReturnType<typeof findOnboardingDomain>>> }
  | { kind: "taken"; name: string }
  | { kind: "invalid"; name: string };

export function findOnboardingDomain(accountId: string, name?: string) {
  return prisma.domain.findFirst({
    where: { ownerAccountId: accountId, orgId: null, ...(name ? { name } : {}) },
    orderBy: { createdAt: "asc" },
  });
}

export async function startOnboarding(account: { id: string; email: string }, now = new Date()): Promise<Onboarding> {
  const parsed = ZDomainName.safeParse(emailDomain(account.email));
  if (!parsed.success) return { kind: "invalid", name: emailDomain(account.email) };
  const name = parsed.data;
  const existing = await findOnboardingDomain(account.id, name);
  if (await findVerifiedElsewhere(name, null)) return { kind: "taken", name };
  if (existing) return { kind: "pending", domain: existing };
  const created = await prisma.$transaction(async (tx) => {
    const row = await tx.domain.create({
      data: { orgId: null, name, ownerAccountId: account.id, ...freshVerification(now) },
    });
    await recordAuditEvent(
      {
        orgId: null,
        actor: { id: account.id, label: account.email },
        action: "domain.add",
        targetType: "domain",
        targetId: row.id,
        newValue: { name, onboarding: true },
      },
      tx,
    );
    return row;
  });
  // Two first visits at once: keep the oldest row, drop ours if it lost.
  const first = await findOnboardingDomain(account.id, name);
  if (first && first.id !== created.id)
    await prisma.domain.deleteMany({ where: { id: created.id, status: "pending" } });
  return { kind: "pending", domain: first ?? created };
}
