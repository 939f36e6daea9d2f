// Only an Admin (Read & Write) of an organization may connect it to a provisioning client.
import { prisma } from "@/lib/db/client";

const ADMIN_ROLE = "admin";

export async function listAdminOrganizations(accountId: string): Promise<{ id: string; name: string; slug: string }[]> {
  const rows = await prisma.membership.findMany({
    where: { accountId, role: ADMIN_ROLE },
    orderBy: { createdAt: "asc" },
    select: { org: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map((r) => r.org);
}

export async function isOrgAdmin(accountId: string, orgId: string): Promise<boolean> {
  const membership = await prisma.membership.findUnique({
    where: { orgId_accountId: { orgId, accountId } },
    select: { role: true },
  });
  return membership?.role === ADMIN_ROLE;
}
