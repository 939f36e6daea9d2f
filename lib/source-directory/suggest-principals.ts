// Suggestions for pickers (the assignment form, the mapping editor's Test expression): users whose name, UPN or mail
// has a word starting with the text typed, or groups whose name contains it; whole directory, a bounded few at a time.
import { z } from "zod";
import { prisma } from "@/lib/db/client";

export const ZSuggestQuery = z.object({
  type: z.enum(["user", "group"]),
  q: z.string().trim().max(200).default(""),
});
export type TSuggestQuery = z.infer<typeof ZSuggestQuery>;
export type Suggestion = { value: string; label: string };

// A word of a name, UPN or mail starts the field or follows one of these ("o'neil", "ada.lovelace@contoso.com").
// Not "_": Prisma passes it to LIKE unescaped, where it matches any character (so "_ughe" would find "hughes").
const WORD_SEPARATORS = [" ", ".", "@", "-", "'"];
const wordStarts = (field: "upnLower" | "displayNameLower" | "mail", text: string) => [
  { [field]: { startsWith: text } },
  ...WORD_SEPARATORS.map((s) => ({ [field]: { contains: `${s}${text}` } })),
];

export async function suggestPrincipals(orgId: string, { type, q }: TSuggestQuery, take = 20): Promise<Suggestion[]> {
  const text = q.toLowerCase();
  if (type === "user") {
    const rows = await prisma.sourceUser.findMany({
      where: {
        orgId,
        deletedAt: null,
        ...(text
          ? {
              OR: [
                ...wordStarts("displayNameLower", text),
                ...wordStarts("upnLower", text),
                ...wordStarts("mail", text),
              ],
            }
          : {}),
      },
      orderBy: [{ upnLower: "asc" }],
      take,
      select: { userPrincipalName: true, displayName: true },
    });
    return rows.map((u) => ({ value: u.userPrincipalName, label: u.displayName || u.userPrincipalName }));
  }
  const rows = await prisma.sourceGroup.findMany({
    where: { orgId, deletedAt: null, ...(text ? { displayNameLower: { contains: text } } : {}) },
    orderBy: [{ displayNameLower: "asc" }],
    take,
    select: { displayName: true, _count: { select: { members: true } } },
  });
  return rows.map((g) => ({ value: g.displayName, label: `${g._count.members} members` }));
}
