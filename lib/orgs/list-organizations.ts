// Lists organizations: all of them (operator) or those an account belongs to (console switcher).
import { prisma } from "@/lib/db/client";

export async function listOrganizations() {
  const orgs = await prisma.organization.findMany({
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { memberships: true, users: true, groups: true } } },
  });
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    slug: o.slug,
    createdAt: o.createdAt,
    members: o._count.memberships,
    users: o._count.users,
    groups: o._count.groups,
  }));
}

export async function listAccountOrganizations(accountId: string) {
  const rows = await prisma.membership.findMany({
    where: { accountId },
    orderBy: { createdAt: "asc" },
    select: { role: true, org: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map((r) => ({ ...r.org, role: r.role }));
}
