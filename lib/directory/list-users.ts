// The Directory users table: one page, sorted and searched in the database.
import { prisma } from "@/lib/db/client";
import type { TableParams } from "@/lib/console/table-params";

export const USER_SORTS = ["userName", "displayName", "active", "createdAt", "updatedAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

const ORDER: Record<UserSort, string> = {
  userName: "userNameLower",
  displayName: "displayNameLower",
  active: "active",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
};

export async function listUsers(orgId: string, { page, pageSize, sort, q }: TableParams<UserSort>) {
  const needle = q.toLowerCase();
  const where = {
    orgId,
    ...(needle
      ? { OR: [{ userNameLower: { contains: needle } }, { displayNameLower: { contains: needle } }, { emails: { some: { valueLower: { contains: needle } } } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.orgUser.findMany({
      where,
      orderBy: [{ [ORDER[sort.id]]: sort.desc ? "desc" : "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, userName: true, displayName: true, givenName: true, familyName: true, active: true, source: true, department: true, createdAt: true, updatedAt: true },
    }),
    prisma.orgUser.count({ where }),
  ]);
  return { rows, total };
}
