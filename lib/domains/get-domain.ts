// Loads a domain for the console or the onboarding screen, only when the caller may see it: an organization's
// domain through its organization, an onboarding domain by the account that started it.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { VerificationResult } from "./check-domain";

const SELECT = {
  id: true,
  name: true,
  orgId: true,
  ownerAccountId: true,
  code: true,
  status: true,
  issuedAt: true,
  expiresAt: true,
  verifiedAt: true,
  lastCheckedAt: true,
  lastCheck: true,
  warning: true,
  method: true,
  reminderSentAt: true,
} as const;

function withResult<T extends { lastCheck: unknown }>(row: T) {
  return { ...row, lastCheck: (row.lastCheck ?? null) as VerificationResult | null };
}

export async function getOrgDomain(orgId: string, domainId: string) {
  const row = await prisma.domain.findFirst({ where: { id: domainId, orgId }, select: SELECT });
  if (!row) throw new AppError("not_found", "Domain not found.");
  return withResult(row);
}

export async function getOnboardingDomain(accountId: string, domainId: string) {
  const row = await prisma.domain.findFirst({
    where: { id: domainId, orgId: null, ownerAccountId: accountId },
    select: SELECT,
  });
  if (!row) throw new AppError("not_found", "Domain not found.");
  return withResult(row);
}

/** Types a row's stored findings (Prisma gives JSON as unknown). */
export function toDomainView<T extends { lastCheck: unknown }>(row: T) {
  return withResult(row);
}
