// Verify: checks a pending domain now by both methods and records the findings. On a match the domain is
// verified; the first verified domain of an account creates its organization, with the account as Admin.
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/db-errors";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { createOrganization, ZCreateOrganization } from "@/lib/orgs/create-organization";
import { checkDomain, type CheckDomain, type VerificationResult } from "./check-domain";
import { effectiveStatus, organizationNameFor, type DomainStatus } from "./domain-status";
import { formatUtc } from "@/lib/console/format-date";
import { findVerifiedElsewhere, takenError } from "./domain-ownership";
import { expireDomain } from "./expire-domains";

export type VerifyOptions = { now?: Date; check?: CheckDomain; orgName?: string };
export type VerifyOutcome = {
  status: DomainStatus;
  result: VerificationResult | null;
  orgSlug: string | null;
  justVerified: boolean;
};

class AlreadySettled extends Error {}

export function expiredError(name: string, expiresAt: Date): AppError {
  return new AppError(
    "precondition_failed",
    `The code for ${name} expired on ${formatUtc(expiresAt)}. Restart verification to get a new code.`,
  );
}

export async function verifyDomain(
  domainId: string,
  actor: Actor,
  options: VerifyOptions = {},
): Promise<VerifyOutcome> {
  const now = options.now ?? new Date();
  const domain = await prisma.domain.findUnique({
    where: { id: domainId },
    include: { org: { select: { slug: true } } },
  });
  if (!domain) throw new AppError("not_found", "Domain not found.");
  if (domain.status === "verified")
    return { status: "verified", result: null, orgSlug: domain.org?.slug ?? null, justVerified: false };
  if (effectiveStatus(domain, now) === "expired") {
    await expireDomain(domain, now);
    throw expiredError(domain.name, domain.expiresAt);
  }
  const orgName = domain.orgId ? null : parseOrgName(options.orgName ?? organizationNameFor(domain.name));

  const result = await (options.check ?? checkDomain)(domain.name, domain.code, { now });
  const record = { lastCheck: result as unknown as Prisma.InputJsonValue, lastCheckedAt: now };
  if (!result.verified) {
    await prisma.domain.updateMany({ where: { id: domain.id, status: "pending" }, data: record });
    return { status: "pending", result, orgSlug: null, justVerified: false };
  }
  if (await findVerifiedElsewhere(domain.name, domain.orgId)) {
    await prisma.domain.updateMany({ where: { id: domain.id, status: "pending" }, data: record });
    throw takenError(domain.name);
  }

  try {
    const orgSlug = await prisma.$transaction(async (tx) => {
      let orgId = domain.orgId;
      let slug = domain.org?.slug ?? null;
      if (!orgId) {
        const owner = await tx.account.findUnique({
          where: { id: domain.ownerAccountId ?? "" },
          select: { email: true },
        });
        if (!owner) throw new AppError("not_found", "The account that started this verification no longer exists.");
        const org = await createOrganization({ name: orgName!, ownerEmail: owner.email }, actor, tx);
        orgId = org.id;
        slug = org.slug;
      }
      const { count } = await tx.domain.updateMany({
        where: { id: domain.id, status: "pending" },
        data: {
          ...record,
          orgId,
          status: "verified",
          verifiedAt: now,
          method: result.method,
          verifiedName: domain.name,
          warning: null,
        },
      });
      if (count !== 1) throw new AlreadySettled();
      await recordAuditEvent(
        {
          orgId,
          actor,
          action: "domain.verify",
          targetType: "domain",
          targetId: domain.id,
          oldValue: { status: "pending" },
          newValue: { status: "verified", name: domain.name, method: result.method },
        },
        tx,
      );
      return slug;
    });
    return { status: "verified", result, orgSlug, justVerified: true };
  } catch (error) {
    if (isUniqueViolation(error)) throw takenError(domain.name);
    if (!(error instanceof AlreadySettled)) throw error;
    // Another check (a click or the background job) settled it first.
    const now2 = await prisma.domain.findUniqueOrThrow({
      where: { id: domain.id },
      include: { org: { select: { slug: true } } },
    });
    return { status: effectiveStatus(now2, now), result, orgSlug: now2.org?.slug ?? null, justVerified: false };
  }
}

function parseOrgName(name: string): string {
  return parseInput(ZCreateOrganization.shape.name, name, {
    message: "Check the organization name.",
    rootField: "orgName",
  });
}
