// Suggestions for pickers (the assignment form): users or groups of the identity source whose name or
// userPrincipalName contains the text typed, searched over the whole directory, a bounded few at a time.
import { z } from "zod";
import { prisma } from "@/lib/db/client";

export const ZSuggestQuery = z.object({
  type: z.enum(["user", "group"]),
  q: z.string().trim().max(200).default(""),
});
export type TSuggestQuery = z.infer<typeof ZSuggestQuery>;
export type Suggestion = { value: string; label: string };

export async function suggestPrincipals(orgId: string, { type, q }: TSuggestQuery, take = 20): Promise<Suggestion[]> {
  const text = q.toLowerCase();
  if (type === "user") {
    const rows = await prisma.sourceUser.findMany({
      where: { orgId, deletedAt: null, ...(text ? { OR: [{ upnLower: { contains: text } }, { displayNameLower: { contains: text } }] } : {}) },
      orderBy: [{ upnLower: "asc" }], take, select: { userPrincipalName: true, displayName: true },
    });
    return rows.map((u) => ({ value: u.userPrincipalName, label: u.displayName || u.userPrincipalName }));
  }
  const rows = await prisma.sourceGroup.findMany({
    where: { orgId, deletedAt: null, ...(text ? { displayNameLower: { contains: text } } : {}) },
    orderBy: [{ displayNameLower: "asc" }], take, select: { displayName: true, _count: { select: { members: true } } },
  });
  return rows.map((g) => ({ value: g.displayName, label: `${g._count.members} members` }));
}
