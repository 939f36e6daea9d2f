// Decides whether a TXT record or the HTTP file holds a domain's verification code, and says why in words a
// user can act on. Pure: no DNS, no network (unit-tested in match-verification.test.ts).

/** Accepted prefixes: the LogMeIn form the screen shows and the newer GoTo form. */
export const ACCEPTED_PREFIXES = ["logmein-verification-code", "goto-verification-code"] as const;

export type TxtFinding = { value: string; strings: number; matched: boolean; reason: string };
export type ValueMatch = { matched: boolean; reason: string };

const QUOTES: Record<string, string> = { '"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019" };

/** Trims whitespace and one pair of surrounding quotes (people paste the zone-file form with its quotes). */
export function normalizeValue(raw: string): string {
  let value = raw.replace(/^\uFEFF/, "").trim();
  for (let i = 0; i < 2; i++) {
    const close = QUOTES[value[0] ?? ""];
    if (!close || value.length < 2 || !value.endsWith(close)) break;
    value = value.slice(1, -1).trim();
  }
  return value;
}

/** The uuid part of a stored code (`logmein-verification-code=<uuid>`), lowercased. */
export function codeToken(code: string): string {
  return code
    .slice(code.indexOf("=") + 1)
    .trim()
    .toLowerCase();
}

/** Whether one value (a TXT string, a joined record, or the file's content) is this domain's code. */
export function matchValue(raw: string, code: string): ValueMatch {
  const value = normalizeValue(raw);
  const token = codeToken(code);
  const parsed = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/s.exec(value);
  if (!parsed) {
    if (value.toLowerCase().includes(token))
      return {
        matched: false,
        reason: `Contains this domain's code but not in the form ${ACCEPTED_PREFIXES[0]}=<code>.`,
      };
    return { matched: false, reason: "Not a verification record; ignored." };
  }
  const prefix = parsed[1]!.toLowerCase();
  const rest = parsed[2]!.trim();
  const separator = value.slice(parsed[1]!.length).trimStart()[0];
  const accepted = (ACCEPTED_PREFIXES as readonly string[]).includes(prefix);
  const restLower = rest.toLowerCase();
  if (!accepted) {
    if (restLower.includes(token)) {
      return {
        matched: false,
        reason: `Has this domain's code, but the prefix "${parsed[1]}" is not accepted: use ${ACCEPTED_PREFIXES[0]}= or ${ACCEPTED_PREFIXES[1]}=.`,
      };
    }
    return { matched: false, reason: "Not a verification record; ignored." };
  }
  if (separator !== "=")
    return { matched: false, reason: `Write "${parsed[1]}=" with an equals sign, not "${separator}".` };
  if (restLower === token) return { matched: true, reason: `Matches this domain's code (${prefix}=).` };
  if (restLower.split(/\s+/)[0] === token)
    return {
      matched: false,
      reason: "This domain's code followed by extra text: the record must hold the code alone.",
    };
  if (rest === "") return { matched: false, reason: "The prefix is there but the code after it is empty." };
  return {
    matched: false,
    reason:
      "A verification code, but not this domain's current one (an old code, or another account's). Copy the code shown on this screen.",
  };
}

/**
 * Checks every TXT record found at the name. A record made of several strings is read joined (as DNS
 * intends for long values); if that does not match, each string is also tried on its own.
 */
export function matchTxtRecords(records: string[][], code: string): TxtFinding[] {
  return records.map((strings) => {
    const joined = strings.join("");
    const whole = matchValue(joined, code);
    if (whole.matched || strings.length < 2) return { value: joined, strings: strings.length, ...whole };
    const index = strings.findIndex((s) => matchValue(s, code).matched);
    if (index >= 0)
      return {
        value: joined,
        strings: strings.length,
        matched: true,
        reason: `String ${index + 1} of ${strings.length} in this record matches this domain's code.`,
      };
    return { value: joined, strings: strings.length, ...whole };
  });
}

/** The HTTP file's whole content must be the code line (a trailing newline is fine). */
export function matchFileContent(body: string, code: string): ValueMatch {
  const text = body.replace(/^\uFEFF/, "");
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === 0) return { matched: false, reason: "The file is empty." };
  if (lines.length > 1) {
    const has = lines.some((l) => matchValue(l, code).matched);
    return {
      matched: false,
      reason: has
        ? "The file holds the code plus other lines: it must contain only the code line."
        : "The file does not contain this domain's code.",
    };
  }
  const result = matchValue(lines[0]!, code);
  if (result.reason.startsWith("Not a verification record"))
    return { matched: false, reason: "The file does not contain this domain's code." };
  return result;
}
