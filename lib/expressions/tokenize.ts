// Splits expression text into tokens with their spans. String constants use Entra's escaping (\" and \\);
// attribute references are [name] and may hold any character but "]" (dots, colons, extension_… names).
import type { CompareOperator } from "./ast";
import { ExpressionError } from "./expression-error";
import { MAX_EXPRESSION_LENGTH } from "./limits";

export type Token =
  | { kind: "string"; value: string; start: number; end: number }
  | { kind: "number"; value: number; start: number; end: number }
  | { kind: "attribute"; value: string; start: number; end: number }
  | { kind: "identifier"; value: string; start: number; end: number }
  | { kind: "operator"; value: CompareOperator; start: number; end: number }
  | { kind: "(" | ")" | "," | "end"; value: string; start: number; end: number };

const OPERATORS: CompareOperator[] = ["<>", "<=", ">=", "=", "<", ">"];
const SMART_QUOTES = "\u201C\u201D\u201E\u00AB\u00BB";

export function tokenize(text: string): Token[] {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      "limit",
      `Expression is ${text.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`,
      text,
      MAX_EXPRESSION_LENGTH,
    );
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")" || c === ",") {
      tokens.push({ kind: c, value: c, start: i, end: i + 1 });
      i++;
    } else if (c === '"') {
      const token = readString(text, i);
      tokens.push(token);
      i = token.end;
    } else if (c === "[") {
      const token = readAttribute(text, i);
      tokens.push(token);
      i = token.end;
    } else if (/[0-9]/.test(c) || (c === "-" && /[0-9]/.test(text[i + 1] ?? ""))) {
      const raw = /^-?[0-9]+(\.[0-9]+)?/.exec(text.slice(i, i + 400))![0];
      tokens.push({ kind: "number", value: Number(raw), start: i, end: i + raw.length });
      i += raw.length;
    } else if (c === "&" && /[hH]/.test(text[i + 1] ?? "")) {
      const raw = /^&[hH]([0-9a-fA-F]{1,8})/.exec(text.slice(i, i + 10));
      if (!raw) throw new ExpressionError("syntax", `Expected hexadecimal digits after "&H"`, text, i + 2);
      tokens.push({ kind: "number", value: parseInt(raw[1]!, 16), start: i, end: i + raw[0].length });
      i += raw[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 200))![0];
      tokens.push({ kind: "identifier", value: name, start: i, end: i + name.length });
      i += name.length;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw unexpectedCharacter(text, i);
      tokens.push({ kind: "operator", value: op, start: i, end: i + op.length });
      i += op.length;
    }
  }
  tokens.push({ kind: "end", value: "", start: text.length, end: text.length });
  return tokens;
}

function readString(text: string, start: number): Token {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return { kind: "string", value, start, end: i + 1 };
    if (c === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\")) {
      value += text[i + 1];
      i += 2;
    } else {
      // Any other backslash is kept as written, so a regex such as "\d+" still works.
      value += c;
      i++;
    }
  }
  throw new ExpressionError(
    "syntax",
    'Unterminated string: a closing " is missing (write \\" for a quote inside a string)',
    text,
    start,
  );
}

function readAttribute(text: string, start: number): Token {
  let i = start + 1;
  while (i < text.length && text[i] !== "]" && text[i] !== "\n" && text[i] !== "[") i++;
  if (text[i] !== "]")
    throw new ExpressionError("syntax", "Unterminated attribute reference: a closing ] is missing", text, start);
  const name = text.slice(start + 1, i).trim();
  if (name === "")
    throw new ExpressionError(
      "syntax",
      "Empty attribute reference: write the attribute's name between [ and ]",
      text,
      start,
      i + 1,
    );
  return { kind: "attribute", value: name, start, end: i + 1 };
}

function unexpectedCharacter(text: string, i: number): ExpressionError {
  const c = String.fromCodePoint(text.codePointAt(i)!);
  if (SMART_QUOTES.includes(c))
    return new ExpressionError(
      "syntax",
      `Unexpected character "${c}": string constants need straight double quotes (")`,
      text,
      i,
    );
  if (c === "'")
    return new ExpressionError(
      "syntax",
      `Unexpected character "'": string constants are written in double quotes (")`,
      text,
      i,
    );
  if (c === "]") return new ExpressionError("syntax", 'Unexpected "]" without a matching "["', text, i);
  return new ExpressionError("syntax", `Unexpected character "${c}"`, text, i);
}
