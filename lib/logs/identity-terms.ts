// The identity search's terms (issue 15): what a help-desk agent may type to find a person or group in the log.
// identityTerms() lists the word-start terms (lib/search-terms) of a name, UPN or mail and every id;
// normalizeIdentityQuery() shapes a query alike.
import { addressTerms, MAX_TERM_LENGTH, nameTerms, normalizeTermText } from "@/lib/search-terms/word-start-terms";

export type IdentityTermSource = {
  displayName?: string | null;
  identity?: string | null;
  mail?: string | null;
  ids?: (string | null | undefined)[];
};

/** A query shaped as the terms are: lower case, single spaces, at most MAX_TERM_LENGTH characters. */
export function normalizeIdentityQuery(text: string): string {
  return normalizeTermText(text).slice(0, MAX_TERM_LENGTH);
}

export function identityTerms(source: IdentityTermSource): string[] {
  const terms: string[] = [];
  if (source.displayName) terms.push(...nameTerms(source.displayName));
  for (const address of [source.identity, source.mail]) {
    if (!address) continue;
    terms.push(...addressTerms(address));
  }
  for (const id of source.ids ?? []) if (id) terms.push(normalizeIdentityQuery(id));
  return [...new Set(terms.filter(Boolean))];
}
