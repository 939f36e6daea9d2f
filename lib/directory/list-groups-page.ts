// The Directory groups table: one page, sorted and searched in the database, with member counts.
import { prisma } from "@/lib/db/client";
import type { TableParams } from "@/lib/console/table-params";

export const GROUP_SORTS = ["displayName", "createdAt", "updatedAt"] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

const ORDER: Record<GroupSort, string> = {
  displayName: "displayNameLower",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
};

export async function listGroupsPage(orgId: string, { page, pageSize, sort, q }: TableParams<GroupSort>) {
  const needle = q.toLowerCase();
  const where = { orgId, ...(needle ? { displayNameLower: { contains: needle } } : {}) };
  const [rows, total] = await Promise.all([
    prisma.orgGroup.findMany({
      where,
      orderBy: [{ [ORDER[sort.id]]: sort.desc ? "desc" : "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        displayName: true,
        externalId: true,
        source: true,
        createdAt: true,
        updatedAt: true,
        _count: { select: { members: true } },
      },
    }),
    prisma.orgGroup.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...g }) => ({ ...g, memberCount: _count.members })), total };
}
