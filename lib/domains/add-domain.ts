// Adds a pending domain to an organization with a fresh verification code and the 10-day deadline.
import crypto from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

export const VERIFICATION_DAYS = 10;

export const ZDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/\.$/, ""))
  .pipe(z.string().regex(/^(?=.{1,253}$)(?!-)([a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}$/, { message: "Enter a domain name such as example.com." }));

export function newVerificationCode(): string {
  return `logmein-verification-code=${crypto.randomUUID()}`;
}

export async function addDomain(orgId: string, name: string, actor: Actor, now = new Date()) {
  const parsed = ZDomainName.safeParse(name);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]!.message, { domain: [parsed.error.issues[0]!.message] });
  const domain = parsed.data;
  const existing = await prisma.domain.findUnique({ where: { orgId_name: { orgId, name: domain } } });
  if (existing) throw new AppError("conflict", `${domain} is already in this organization (${existing.status}).`);
  return prisma.$transaction(async (tx) => {
    const row = await tx.domain.create({
      data: { orgId, name: domain, ownerAccountId: actor.id ?? null, code: newVerificationCode(), status: "pending", issuedAt: now, expiresAt: new Date(now.getTime() + VERIFICATION_DAYS * 86_400_000) },
    });
    await recordAuditEvent({ orgId, actor, action: "domain.add", targetType: "domain", targetId: row.id, newValue: { name: domain } }, tx);
    return row;
  });
}
