// Splits a SCIM filter into tokens with 0-based positions: brackets, JSON strings and "words" (names, operators,
// bare values). API: tokenize(text) → Token[] ending with an eof token; throws SyntaxProblem (position + message).

export type Token =
  | { type: "(" | ")" | "[" | "]" | "eof"; pos: number; end: number }
  | { type: "string"; value: string; pos: number; end: number }
  | { type: "word"; value: string; pos: number; end: number };

const PUNCTUATION = new Set(["(", ")", "[", "]"]);
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** A syntax error at a 0-based position; parse entry points turn it into a ScimError of their scimType. */
export class SyntaxProblem extends Error {
  readonly pos: number;
  constructor(message: string, pos: number) {
    super(message);
    this.name = "SyntaxProblem";
    this.pos = pos;
  }
}

function readString(text: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return { value, end: i + 1 };
    if (ch !== "\\") {
      value += ch;
      i += 1;
      continue;
    }
    const esc = text[i + 1];
    if (esc === undefined) break;
    if (esc === "u") {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxProblem(`invalid \\u escape "\\u${hex}"`, i);
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else if (esc in ESCAPES) {
      value += ESCAPES[esc];
      i += 2;
    } else {
      throw new SyntaxProblem(`invalid escape "\\${esc}" in string`, i);
    }
  }
  throw new SyntaxProblem("unterminated string (missing closing '\"')", start);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch as "(" | ")" | "[" | "]", pos: i, end: i + 1 });
      i += 1;
    } else if (ch === '"') {
      const { value, end } = readString(text, i);
      tokens.push({ type: "string", value, pos: i, end });
      i = end;
    } else {
      const start = i;
      while (i < text.length && !/\s/.test(text[i]) && !PUNCTUATION.has(text[i]) && text[i] !== '"') i += 1;
      tokens.push({ type: "word", value: text.slice(start, i), pos: start, end: i });
    }
  }
  tokens.push({ type: "eof", pos: text.length, end: text.length });
  return tokens;
}

export function describeToken(token: Token): string {
  if (token.type === "eof") return "end of input";
  if (token.type === "string") return `string "${token.value}"`;
  if (token.type === "word") return `"${token.value}"`;
  return `'${token.type}'`;
}
