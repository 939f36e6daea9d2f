// The Directory name search's terms: what an admin may type to find a person. userSearchTerms() lists the word-start
// terms (lib/search-terms) of the names, userName and emails; searchWords() splits a query into the words each must
// start. The migration that added OrgUserSearchTerm computed the same terms in SQL for the users already stored.
import { addressTerms, MAX_TERM_LENGTH, nameTerms, normalizeTermText } from "@/lib/search-terms/word-start-terms";

export type UserSearchSource = {
  userName: string;
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  emails?: readonly string[];
};

export function userSearchTerms(user: UserSearchSource): string[] {
  const terms: string[] = [];
  const fullName = [user.givenName, user.familyName].filter(Boolean).join(" ");
  for (const name of [user.displayName, fullName]) if (name) terms.push(...nameTerms(name));
  for (const address of [user.userName, ...(user.emails ?? [])]) terms.push(...addressTerms(address));
  return [...new Set(terms.filter(Boolean))];
}

/**
 * The words of a query, each of which must start a term: lower case, split at spaces and commas ("Smith, Ann"), a
 * word dropped when another starts with it ("ann an" asks no more than "ann").
 */
export function searchWords(query: string): string[] {
  const words = [
    ...new Set(
      normalizeTermText(query)
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  ].map((w) => w.slice(0, MAX_TERM_LENGTH));
  return words.filter((w) => !words.some((other) => other !== w && other.startsWith(w)));
}
