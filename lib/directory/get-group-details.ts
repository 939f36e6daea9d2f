// One directory group with a page of its members, scoped to the organization.
import { prisma } from "@/lib/db/client";

export async function getGroupDetails(orgId: string, groupId: string, { take = 100, skip = 0 } = {}) {
  const group = await prisma.orgGroup.findFirst({ where: { id: groupId, orgId } });
  if (!group) return null;
  const [members, memberCount] = await Promise.all([
    prisma.orgGroupMember.findMany({
      where: { groupId },
      orderBy: { user: { userNameLower: "asc" } },
      take,
      skip,
      select: {
        user: {
          select: { id: true, userName: true, displayName: true, givenName: true, familyName: true, active: true },
        },
      },
    }),
    prisma.orgGroupMember.count({ where: { groupId } }),
  ]);
  return { ...group, members: members.map((m) => m.user), memberCount };
}
