// Seeds the demo organization, with a verified domain, console accounts, users and groups, into a new database.
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/accounts/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { insertSeedDirectory } from "@/lib/directory/insert-seed-directory";
import { seedDemoDirectory } from "./demo-directory";
import { DEMO_ACCOUNTS, DEMO_GROUPS, DEMO_ORG, demoUsers } from "./demo-data";

export type SeedResult = {
  created: boolean;
  orgSlug?: string;
  adminEmail: string;
  adminPassword: string;
  helpDeskEmail: string;
};

export async function seedDemo(): Promise<SeedResult> {
  const summary = {
    adminEmail: DEMO_ACCOUNTS.admin.email,
    adminPassword: DEMO_ACCOUNTS.admin.password,
    helpDeskEmail: DEMO_ACCOUNTS.helpDesk.email,
  };
  if ((await prisma.organization.count()) > 0) return { created: false, ...summary };
  const [adminHash, helpDeskHash] = await Promise.all([
    hashPassword(DEMO_ACCOUNTS.admin.password),
    hashPassword(DEMO_ACCOUNTS.helpDesk.password),
  ]);
  const actor = { id: null, label: "demo seed" };
  const org = await prisma.$transaction(
    async (tx) => {
      const org = await tx.organization.create({ data: { name: DEMO_ORG.name, slug: "contoso" } });
      const admin = await tx.account.upsert({
        where: { email: DEMO_ACCOUNTS.admin.email },
        update: {},
        create: { email: DEMO_ACCOUNTS.admin.email, name: DEMO_ACCOUNTS.admin.name, passwordHash: adminHash },
      });
      const helpDesk = await tx.account.upsert({
        where: { email: DEMO_ACCOUNTS.helpDesk.email },
        update: {},
        create: { email: DEMO_ACCOUNTS.helpDesk.email, name: DEMO_ACCOUNTS.helpDesk.name, passwordHash: helpDeskHash },
      });
      await tx.membership.createMany({
        data: [
          { orgId: org.id, accountId: admin.id, role: "admin" },
          { orgId: org.id, accountId: helpDesk.id, role: "help-desk" },
        ],
      });
      const now = new Date();
      await tx.domain.create({
        data: {
          name: DEMO_ORG.domain,
          orgId: org.id,
          ownerAccountId: admin.id,
          code: `logmein-verification-code=${crypto.randomUUID()}`,
          status: "verified",
          issuedAt: now,
          expiresAt: new Date(now.getTime() + 10 * 86_400_000),
          verifiedAt: now,
          lastCheckedAt: now,
        },
      });
      await insertSeedDirectory(tx, org.id, { users: demoUsers(), groups: DEMO_GROUPS, source: "demo seed" });
      // The identity source that enterprise apps provision from (PRODUCT.md §5).
      await seedDemoDirectory(tx, org.id);
      await recordAuditEvent(
        {
          orgId: org.id,
          actor,
          action: "organization.create",
          targetType: "organization",
          targetId: org.id,
          newValue: { name: org.name, slug: org.slug, demo: true },
        },
        tx,
      );
      return org;
    },
    { timeout: 30_000 },
  );
  return { created: true, orgSlug: org.slug, ...summary };
}
