// Word-start terms: what a person may type to find a name or an address, shared by the Directory's name search
// (lib/directory/user-search-terms.ts) and the provisioning log's identity search (lib/logs/identity-terms.ts). Each
// term runs from a word start to the end of its text, cut at MAX_TERM_LENGTH characters, so a typed prefix of any word
// (or of several words in a row) is a prefix of a term and a range search on the terms finds it.
// API: MAX_TERM_LENGTH, normalizeTermText(text), nameTerms(name), addressTerms(address).
export const MAX_TERM_LENGTH = 200;

/** Lower case and single spaces, as terms and typed queries are compared. */
export function normalizeTermText(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const NAME_WORD_START = /[\s\-(/,'’]+(?=[^\s\-(/,'’])/g;
const LOCAL_PART_WORD_START = /[._+\-\s]+(?=[^._+\-\s])/g;

/** The whole text, then from each word start after a run of `separators` to the end. */
function wordStarts(text: string, separators: RegExp, end = text.length): string[] {
  const out = [text.slice(0, MAX_TERM_LENGTH)];
  for (const m of text.slice(0, end).matchAll(separators)) {
    const start = m.index + m[0].length;
    out.push(text.slice(start, start + MAX_TERM_LENGTH));
  }
  return out;
}

/** "Mira López-Grant" → "mira lópez-grant", "lópez-grant", "grant": "lóp", "grant" and "mira l" all find her. */
export function nameTerms(name: string): string[] {
  const text = normalizeTermText(name);
  return text ? wordStarts(text, NAME_WORD_START) : [];
}

/**
 * "mira.lopez@northwind.com" → the whole address, "lopez@northwind.com" (each word of the local part), and the domain
 * with and without its "@" ("@northwind.com", "northwind.com"), so `@northwind` finds everyone there. The domain is
 * what follows the last "@" (a quoted local part may hold one). Text without "@" is taken as a name.
 */
export function addressTerms(address: string): string[] {
  const text = normalizeTermText(address);
  const at = text.lastIndexOf("@");
  if (at < 0) return nameTerms(text);
  const out = wordStarts(text, LOCAL_PART_WORD_START, at);
  if (at < text.length - 1)
    out.push(text.slice(at, at + MAX_TERM_LENGTH), text.slice(at + 1, at + 1 + MAX_TERM_LENGTH));
  return out;
}
