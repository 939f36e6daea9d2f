// Background checks: pending domains are re-checked every few minutes (so they verify without a click);
// verified ones daily, with a warning (and one email) when the record has gone.
import { prisma } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkDomain, type CheckDomain } from "./check-domain";
import { formatUtc } from "@/lib/console/format-date";
import { SYSTEM_ACTOR } from "./expire-domains";
import { verifyDomain } from "./verify-domain";
import { consoleUrl, mailDomainRecipients } from "./notify-domain-admins";

export const PENDING_RECHECK_MS = 5 * 60_000;
export const VERIFIED_RECHECK_MS = 24 * 3_600_000;
export const RECORD_MISSING_KIND = "domain.record-missing";

type Options = { check?: CheckDomain; limit?: number };

export async function recheckPendingDomains(now: Date, { check = checkDomain, limit = 25 }: Options = {}) {
  const cutoff = new Date(now.getTime() - PENDING_RECHECK_MS);
  // A new code gets a few minutes' grace before the first background check.
  const due = await prisma.domain.findMany({
    where: {
      status: "pending",
      expiresAt: { gt: now },
      OR: [{ lastCheckedAt: { lte: cutoff } }, { lastCheckedAt: null, issuedAt: { lte: cutoff } }],
    },
    orderBy: { lastCheckedAt: { sort: "asc", nulls: "first" } },
    select: { id: true },
    take: limit,
  });
  let verified = 0;
  for (const { id } of due) {
    try {
      if ((await verifyDomain(id, SYSTEM_ACTOR, { now, check })).justVerified) verified++;
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  return { checked: due.length, verified };
}

export async function recheckVerifiedDomains(now: Date, { check = checkDomain, limit = 100 }: Options = {}) {
  const cutoff = new Date(now.getTime() - VERIFIED_RECHECK_MS);
  // Operator-verified domains (air-gapped installs) have nothing to re-check.
  const due = await prisma.domain.findMany({
    where: {
      status: "verified",
      method: { in: ["dns", "http"] },
      OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lte: cutoff } }],
    },
    orderBy: { lastCheckedAt: { sort: "asc", nulls: "first" } },
    select: {
      id: true,
      name: true,
      code: true,
      orgId: true,
      ownerAccountId: true,
      warning: true,
      org: { select: { slug: true } },
    },
    take: limit,
  });
  let missing = 0;
  for (const d of due) {
    const result = await check(d.name, d.code, { now });
    const warning = result.verified
      ? null
      : `The verification record was not found at the daily check on ${formatUtc(now)}. ${d.name} stays verified; publish the TXT record or the file again.`;
    await prisma.domain.update({
      where: { id: d.id },
      data: { lastCheck: result as unknown as Prisma.InputJsonValue, lastCheckedAt: now, warning },
    });
    if (!warning) continue;
    missing++;
    if (d.warning) continue;
    await recordAuditEvent({
      orgId: d.orgId,
      actor: SYSTEM_ACTOR,
      action: "domain.record-missing",
      targetType: "domain",
      targetId: d.id,
      newValue: { name: d.name },
    });
    await mailDomainRecipients(
      d,
      RECORD_MISSING_KIND,
      `[Org Center] The verification record of ${d.name} is missing`,
      [
        warning,
        "",
        `Record: ${d.name}. IN TXT "${d.code}"`,
        `Details: ${consoleUrl(`/o/${d.org?.slug ?? ""}/domains/${d.id}`)}`,
      ].join("\n"),
    );
  }
  return { checked: due.length, missing };
}
