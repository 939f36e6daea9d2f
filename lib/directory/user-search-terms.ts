// The Directory name search's terms: what an admin may type to find a person. userSearchTerms() lists each word start
// of the names, userName and emails to the end of its text; searchWords() splits a query into the words each must start.
// The migration that added OrgUserSearchTerm computes the same terms in SQL for the users already stored.
export const MAX_TERM_LENGTH = 200;

export type UserSearchSource = {
  userName: string;
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  emails?: readonly string[];
};

const NAME_SEPARATORS = /[\s\-(/,'’]/;
const LOCAL_PART_SEPARATORS = /[\s._+-]/;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** From each word start (a character after a separator, or the first) to the end: "ann lee-ray" → itself, "lee-ray", "ray". */
function wordStarts(text: string, separators: RegExp, end = text.length): string[] {
  const out: string[] = [];
  for (let i = 0; i < end; i++) {
    if (separators.test(text[i]!)) continue;
    if (i === 0 || separators.test(text[i - 1]!)) out.push(text.slice(i, i + MAX_TERM_LENGTH));
  }
  return out;
}

/** "ann.lee@contoso.com" → the address, "lee@contoso.com", "@contoso.com", "contoso.com" (a domain finds everyone there). */
function addressTerms(address: string): string[] {
  const at = address.indexOf("@");
  if (at < 0) return wordStarts(address, NAME_SEPARATORS);
  const out = wordStarts(address, LOCAL_PART_SEPARATORS, at);
  if (at < address.length - 1)
    out.push(address.slice(at, at + MAX_TERM_LENGTH), address.slice(at + 1, at + 1 + MAX_TERM_LENGTH));
  return out;
}

export function userSearchTerms(user: UserSearchSource): string[] {
  const terms: string[] = [];
  const fullName = [user.givenName, user.familyName].filter(Boolean).join(" ");
  for (const name of [user.displayName, fullName])
    if (name) terms.push(...wordStarts(normalize(name), NAME_SEPARATORS));
  for (const address of [user.userName, ...(user.emails ?? [])]) terms.push(...addressTerms(normalize(address)));
  return [...new Set(terms.filter(Boolean))];
}

/**
 * The words of a query, each of which must start a term: lower case, split at spaces and commas ("Smith, Ann"), a
 * word dropped when another starts with it ("ann an" asks no more than "ann").
 */
export function searchWords(query: string): string[] {
  const words = [
    ...new Set(
      normalize(query)
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  ].map((w) => w.slice(0, MAX_TERM_LENGTH));
  return words.filter((w) => !words.some((other) => other !== w && other.startsWith(w)));
}
