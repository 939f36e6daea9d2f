// The Directory users table: one page, sorted and searched in the database.
import { prisma } from "@/lib/db/client";
import type { TableParams } from "@/lib/console/table-params";
import { pageWithTotal } from "./page-with-total";

export const USER_SORTS = ["userName", "displayName", "active", "createdAt", "updatedAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

const ORDER: Record<UserSort, string> = {
  userName: "userNameLower",
  displayName: "displayNameLower",
  active: "active",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
};

export type UserFilters = { status?: "active" | "inactive"; source?: string };

export function parseUserFilters(params: Record<string, string | string[] | undefined>): UserFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const status = one(params.status);
  const source = one(params.source).slice(0, 100);
  return { status: status === "active" || status === "inactive" ? status : undefined, source: source || undefined };
}

export async function listUserSources(orgId: string): Promise<string[]> {
  const rows = await prisma.orgUser.findMany({
    where: { orgId },
    distinct: ["source"],
    select: { source: true },
    orderBy: { source: "asc" },
    take: 50,
  });
  return rows.map((r) => r.source);
}

export async function listUsersPage(
  orgId: string,
  { page, pageSize, sort, q }: TableParams<UserSort>,
  filters: UserFilters = {},
) {
  const needle = q.toLowerCase();
  const where = {
    orgId,
    ...(filters.status ? { active: filters.status === "active" } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(needle
      ? {
          OR: [
            { userNameLower: { contains: needle } },
            { displayNameLower: { contains: needle } },
            { emails: { some: { valueLower: { contains: needle } } } },
          ],
        }
      : {}),
  };
  // A first page shorter than the page size is the whole result: a name search then costs one scan, not two.
  const { rows, totalResults: total } = await pageWithTotal(
    (page - 1) * pageSize + 1,
    pageSize,
    () => prisma.orgUser.count({ where }),
    (skip, take) =>
      prisma.orgUser.findMany({
        where,
        orderBy: [{ [ORDER[sort.id]]: sort.desc ? "desc" : "asc" }, { id: "asc" }],
        skip,
        take,
        select: {
          id: true,
          userName: true,
          displayName: true,
          givenName: true,
          familyName: true,
          active: true,
          source: true,
          department: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
  );
  return { rows, total };
}
