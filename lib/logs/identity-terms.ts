// The identity search's terms (issue 15): what a help-desk agent may type to find a person or group in the log.
// identityTerms() lists the word starts of a name, UPN or mail and every id; normalizeIdentityQuery() shapes a query alike.
export const MAX_TERM_LENGTH = 200;

export type IdentityTermSource = {
  displayName?: string | null;
  identity?: string | null;
  mail?: string | null;
  ids?: (string | null | undefined)[];
};

/** Lower case, single spaces, at most MAX_TERM_LENGTH characters: terms and queries compare alike. */
export function normalizeIdentityQuery(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase().slice(0, MAX_TERM_LENGTH);
}

/** "Mira López-Grant" → "mira lópez-grant", "lópez-grant", "grant": each word start to the end, so "lóp" and "mira l" both match. */
function nameTerms(name: string): string[] {
  const text = normalizeIdentityQuery(name);
  const out = [text];
  for (const m of text.matchAll(/[\s\-(/,'’]+(?=[^\s\-(/,'’])/g)) out.push(text.slice(m.index! + m[0].length));
  return out;
}

/**
 * "mira.lopez@northwind.com" → the whole address, "lopez@northwind.com" (each word of the local part), and the
 * domain part with and without its "@" ("@northwind.com", "northwind.com"), so `@northwind` finds everyone there.
 */
function addressTerms(address: string): string[] {
  const text = normalizeIdentityQuery(address);
  const at = text.lastIndexOf("@");
  const local = at < 0 ? text : text.slice(0, at);
  const out = [text];
  for (const m of local.matchAll(/[._+\-\s]+(?=[^._+\-\s])/g)) out.push(text.slice(m.index! + m[0].length));
  if (at >= 0 && at < text.length - 1) out.push(text.slice(at), text.slice(at + 1));
  return out;
}

export function identityTerms(source: IdentityTermSource): string[] {
  const terms: string[] = [];
  if (source.displayName) terms.push(...nameTerms(source.displayName));
  for (const address of [source.identity, source.mail]) {
    if (!address) continue;
    terms.push(...(address.includes("@") ? addressTerms(address) : nameTerms(address)));
  }
  for (const id of source.ids ?? []) if (id) terms.push(normalizeIdentityQuery(id));
  return [...new Set(terms.filter(Boolean))];
}
