// Creates an organization with its owner as Admin (Read & Write), audited.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { slugify } from "./slugify";

export const ZCreateOrganization = z.object({
  name: z.string().trim().min(2, { message: "Use at least 2 characters." }).max(100),
  ownerEmail: z.string().trim().toLowerCase(),
});
export type TCreateOrganization = z.infer<typeof ZCreateOrganization>;

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  for (let i = 0; i < 50; i++) {
    const candidate = i === 0 ? base : `${base}-${i + 1}`;
    const taken = await tx.organization.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}

export async function createOrganization(input: TCreateOrganization, actor: Actor, tx?: Tx) {
  const { name, ownerEmail } = ZCreateOrganization.parse(input);
  const run = async (db: Tx) => {
    const owner = await db.account.findUnique({ where: { email: ownerEmail }, select: { id: true } });
    if (!owner) throw new AppError("not_found", `No account with email ${ownerEmail}.`);
    const slug = await uniqueSlug(db, name);
    const org = await db.organization.create({ data: { name, slug } });
    await db.membership.create({ data: { orgId: org.id, accountId: owner.id, role: "admin" } });
    await recordAuditEvent(
      {
        orgId: org.id,
        actor,
        action: "organization.create",
        targetType: "organization",
        targetId: org.id,
        newValue: { name, slug, owner: ownerEmail },
      },
      db,
    );
    return org;
  };
  return tx ? run(tx) : prisma.$transaction(run);
}
