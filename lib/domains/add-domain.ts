// Adds a pending domain to an organization with a fresh verification code and the 10-day deadline.
import crypto from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { assertNotVerifiedElsewhere } from "./domain-ownership";

export const VERIFICATION_DAYS = 10;
export const VERIFICATION_MS = VERIFICATION_DAYS * 86_400_000;

export const ZDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) =>
    d
      .replace(/^https?:\/\//, "")
      .replace(/\/.*$/, "")
      .replace(/\.$/, ""),
  )
  .pipe(
    z.string().regex(/^(?=.{1,253}$)(?!-)([a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}$/, {
      message: "Enter a domain name such as example.com.",
    }),
  );

export function parseDomainName(name: string): string {
  return parseInput(ZDomainName, name, { rootField: "domain" });
}

export function newVerificationCode(): string {
  return `logmein-verification-code=${crypto.randomUUID()}`;
}

/** The fields a new or restarted verification starts with. */
export function freshVerification(now: Date) {
  return {
    code: newVerificationCode(),
    status: "pending",
    issuedAt: now,
    expiresAt: new Date(now.getTime() + VERIFICATION_MS),
    reminderSentAt: null,
    lastCheck: Prisma.DbNull,
    lastCheckedAt: null,
    warning: null,
  };
}

export async function addDomain(orgId: string, name: string, actor: Actor, now = new Date()) {
  const domain = parseDomainName(name);
  const existing = await prisma.domain.findUnique({ where: { orgId_name: { orgId, name: domain } } });
  if (existing)
    throw new AppError("conflict", `${domain} is already in this organization (${existing.status}).`, {
      domain: [`Already added (${existing.status}).`],
    });
  await assertNotVerifiedElsewhere(domain, orgId);
  return prisma.$transaction(async (tx) => {
    const row = await tx.domain.create({
      data: { orgId, name: domain, ownerAccountId: actor.id ?? null, ...freshVerification(now) },
    });
    await recordAuditEvent(
      { orgId, actor, action: "domain.add", targetType: "domain", targetId: row.id, newValue: { name: domain } },
      tx,
    );
    return row;
  });
}
