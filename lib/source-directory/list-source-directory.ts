// Source directory tables for the console and the CLI: server-side paging, sorting and search.
import { prisma } from "@/lib/db/client";
import type { TableParams } from "@/lib/console/table-params";

export const SOURCE_USER_SORTS = ["displayName", "userPrincipalName", "department", "updatedAt"] as const;
export type SourceUserSort = (typeof SOURCE_USER_SORTS)[number];
export const SOURCE_GROUP_SORTS = ["displayName", "updatedAt"] as const;
export type SourceGroupSort = (typeof SOURCE_GROUP_SORTS)[number];

const USER_COLUMN: Record<SourceUserSort, string> = {
  displayName: "displayNameLower",
  userPrincipalName: "upnLower",
  department: "department",
  updatedAt: "updatedAt",
};

export function parseSourceUserFilters(query: Record<string, string | string[] | undefined>): {
  status?: "enabled" | "disabled";
} {
  const status = Array.isArray(query.status) ? query.status[0] : query.status;
  return status === "enabled" || status === "disabled" ? { status } : {};
}

export async function listSourceUsers(
  orgId: string,
  table: TableParams<SourceUserSort>,
  filters: { status?: "enabled" | "disabled" } = {},
) {
  const q = table.q.toLowerCase();
  const where = {
    orgId,
    deletedAt: null,
    ...(filters.status ? { accountEnabled: filters.status === "enabled" } : {}),
    ...(q ? { OR: [{ displayNameLower: { contains: q } }, { upnLower: { contains: q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.sourceUser.findMany({
      where,
      orderBy: [{ [USER_COLUMN[table.sort.id]]: table.sort.desc ? "desc" : "asc" }, { id: "asc" }],
      skip: (table.page - 1) * table.pageSize,
      take: table.pageSize,
      select: {
        id: true,
        objectId: true,
        userPrincipalName: true,
        displayName: true,
        department: true,
        jobTitle: true,
        accountEnabled: true,
        updatedAt: true,
      },
    }),
    prisma.sourceUser.count({ where }),
  ]);
  return { rows, total };
}

export async function listSourceGroups(orgId: string, table: TableParams<SourceGroupSort>) {
  const q = table.q.toLowerCase();
  const where = { orgId, deletedAt: null, ...(q ? { displayNameLower: { contains: q } } : {}) };
  const [rows, total] = await Promise.all([
    prisma.sourceGroup.findMany({
      where,
      orderBy: [
        table.sort.id === "displayName"
          ? { displayNameLower: table.sort.desc ? "desc" : "asc" }
          : { updatedAt: table.sort.desc ? "desc" : "asc" },
        { id: "asc" },
      ],
      skip: (table.page - 1) * table.pageSize,
      take: table.pageSize,
      select: {
        id: true,
        objectId: true,
        displayName: true,
        description: true,
        updatedAt: true,
        _count: { select: { members: { where: { user: { deletedAt: null } } } } },
      },
    }),
    prisma.sourceGroup.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...g }) => ({ ...g, memberCount: _count.members })), total };
}

export async function getSourceUser(orgId: string, id: string) {
  return prisma.sourceUser.findFirst({
    where: { id, orgId, deletedAt: null },
    include: {
      memberships: {
        where: { group: { deletedAt: null } },
        select: { group: { select: { id: true, displayName: true } } },
      },
    },
  });
}

export async function getSourceGroup(orgId: string, id: string, memberLimit = 500) {
  const group = await prisma.sourceGroup.findFirst({ where: { id, orgId, deletedAt: null } });
  if (!group) return null;
  const where = { groupId: id, user: { deletedAt: null } };
  const [members, memberCount] = await Promise.all([
    prisma.sourceGroupMember.findMany({
      where,
      take: memberLimit,
      orderBy: { user: { displayNameLower: "asc" } },
      select: { user: { select: { id: true, displayName: true, userPrincipalName: true, accountEnabled: true } } },
    }),
    prisma.sourceGroupMember.count({ where }),
  ]);
  return { ...group, members: members.map((m) => m.user), memberCount };
}
