// Recursive-descent parser for the whole RFC 7644 §3.4.2.2 filter grammar (precedence not > and > or), lenient
// about case, bare values and `not` without parentheses. API: parseFilter(text, limits?) → FilterNode; parseValuePath().
import { isValidAttrName, parseAttributePath, type AttrPath } from "./attribute-paths";
import { ScimError } from "./errors";
import { isCompareOp, type CompValue, type FilterNode } from "./filter-ast";
import { describeToken, SyntaxProblem, tokenize, type Token } from "./filter-tokenizer";

export interface FilterLimits {
  maxLength: number;
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_FILTER_LIMITS: FilterLimits = { maxLength: 4096, maxDepth: 32, maxNodes: 500 };

interface State {
  tokens: Token[];
  i: number;
  depth: number;
  nodes: number;
  limits: FilterLimits;
  inValuePath: boolean;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

const peek = (s: State, ahead = 0): Token => s.tokens[Math.min(s.i + ahead, s.tokens.length - 1)];
const next = (s: State): Token => s.tokens[Math.min(s.i++, s.tokens.length - 1)];
const isWord = (t: Token, word: string) => t.type === "word" && t.value.toLowerCase() === word;

function enter(s: State, pos: number): void {
  s.depth += 1;
  if (s.depth > s.limits.maxDepth) {
    throw new SyntaxProblem(`nesting is deeper than the maximum of ${s.limits.maxDepth} levels`, pos);
  }
}

function count<T extends FilterNode>(s: State, pos: number, node: T): T {
  s.nodes += 1;
  if (s.nodes > s.limits.maxNodes) {
    throw new SyntaxProblem(`more than the maximum of ${s.limits.maxNodes} expressions`, pos);
  }
  return node;
}

function combine(s: State, kind: "and" | "or", children: FilterNode[], pos: number): FilterNode {
  if (children.length === 1) return children[0];
  const flat = children.flatMap((c) => (c.kind === kind ? c.children : [c]));
  return count(s, pos, { kind, children: flat });
}

function parseOr(s: State): FilterNode {
  const pos = peek(s).pos;
  const children = [parseAnd(s)];
  while (isWord(peek(s), "or")) {
    next(s);
    children.push(parseAnd(s));
  }
  return combine(s, "or", children, pos);
}

function parseAnd(s: State): FilterNode {
  const pos = peek(s).pos;
  const children = [parseUnary(s)];
  while (isWord(peek(s), "and")) {
    next(s);
    children.push(parseUnary(s));
  }
  return combine(s, "and", children, pos);
}

function isOperatorWord(t: Token): boolean {
  return t.type === "word" && (isCompareOp(t.value.toLowerCase()) || t.value.toLowerCase() === "pr");
}

function parseUnary(s: State): FilterNode {
  const t = peek(s);
  if (t.type === "(") {
    next(s);
    enter(s, t.pos);
    const inner = parseOr(s);
    const close = next(s);
    if (close.type !== ")") {
      throw new SyntaxProblem(
        `expected ')' to close '(' at position ${t.pos + 1}, found ${describeToken(close)}`,
        close.pos,
      );
    }
    s.depth -= 1;
    return inner;
  }
  const after = peek(s, 1);
  if (isWord(t, "not") && (after.type === "(" || (after.type === "word" && !isOperatorWord(after)))) {
    next(s);
    enter(s, t.pos);
    const child = parseUnary(s);
    s.depth -= 1;
    return count(s, t.pos, { kind: "not", child });
  }
  if (t.type === "word") return parseAttributeExpression(s);
  throw new SyntaxProblem(`expected an attribute path, '(' or 'not', found ${describeToken(t)}`, t.pos);
}

function readAttributePath(t: Token): AttrPath {
  const path = t.type === "word" ? parseAttributePath(t.value) : undefined;
  if (!path) throw new SyntaxProblem(`expected an attribute path, found ${describeToken(t)}`, t.pos);
  return path;
}

/** `[valFilter]` after an attribute, and an adjacent `.sub` if present. Assumes the next token is '['. */
function parseBracket(s: State, path: AttrPath): { filter: FilterNode; sub?: { name: string; token: Token } } {
  const open = next(s);
  if (s.inValuePath) throw new SyntaxProblem("value filters cannot be nested", open.pos);
  if (path.sub)
    throw new SyntaxProblem("a value filter must follow a multi-valued attribute, not a sub-attribute", open.pos);
  enter(s, open.pos);
  s.inValuePath = true;
  const filter = parseOr(s);
  s.inValuePath = false;
  const close = next(s);
  if (close.type !== "]") {
    throw new SyntaxProblem(
      `expected ']' to close '[' at position ${open.pos + 1}, found ${describeToken(close)}`,
      close.pos,
    );
  }
  s.depth -= 1;
  const t = peek(s);
  if (t.type !== "word" || !t.value.startsWith(".") || t.pos !== close.end) return { filter };
  next(s);
  const name = t.value.slice(1);
  if (!isValidAttrName(name)) throw new SyntaxProblem(`"${name}" is not a valid sub-attribute name`, t.pos + 1);
  return { filter, sub: { name, token: t } };
}

function parseAttributeExpression(s: State): FilterNode {
  const attrToken = next(s);
  const path = readAttributePath(attrToken);
  if (peek(s).type !== "[") return parseComparison(s, path, attrToken);
  const { filter, sub } = parseBracket(s, path);
  if (!sub) return count(s, attrToken.pos, { kind: "valuePath", path, filter });
  const leaf = parseComparison(s, { attr: sub.name }, sub.token);
  const inner = combine(s, "and", [filter, leaf], sub.token.pos);
  return count(s, attrToken.pos, { kind: "valuePath", path, filter: inner });
}

function classify(t: Token & { type: "word" }): CompValue {
  const lower = t.value.toLowerCase();
  if (lower === "true" || lower === "false") return { type: "boolean", value: lower === "true", raw: t.value };
  if (lower === "null") return { type: "null" };
  if (NUMBER.test(t.value)) return { type: "number", value: Number(t.value), raw: t.value };
  return { type: "string", value: t.value, quoted: false };
}

function parseComparison(s: State, path: AttrPath, attrToken: Token): FilterNode {
  const opToken = next(s);
  const op = opToken.type === "word" ? opToken.value.toLowerCase() : "";
  if (op === "pr") return count(s, attrToken.pos, { kind: "present", path });
  if (!isCompareOp(op)) {
    throw new SyntaxProblem(
      `expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after ${describeToken(attrToken)}, found ${describeToken(opToken)}`,
      opToken.pos,
    );
  }
  const v = next(s);
  let value: CompValue;
  if (v.type === "string") value = { type: "string", value: v.value, quoted: true };
  else if (v.type === "word") value = classify(v);
  else throw new SyntaxProblem(`expected a value after "${op}", found ${describeToken(v)}`, v.pos);
  return count(s, attrToken.pos, { kind: "compare", path, op, value });
}

function expectEnd(s: State): void {
  const t = peek(s);
  if (t.type !== "eof")
    throw new SyntaxProblem(`unexpected ${describeToken(t)}; expected "and", "or" or the end`, t.pos);
}

function run<T>(
  text: string,
  limits: FilterLimits,
  scimType: "invalidFilter" | "invalidPath",
  body: (s: State) => T,
): T {
  const what = scimType === "invalidFilter" ? "filter" : `path "${text}"`;
  try {
    const s: State = { tokens: tokenize(text), i: 0, depth: 0, nodes: 0, limits, inValuePath: false };
    const result = body(s);
    expectEnd(s);
    return result;
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    const near = error.pos < text.length ? ` (near "${text.slice(error.pos, error.pos + 24)}")` : "";
    throw new ScimError(400, scimType, `Invalid ${what} at position ${error.pos + 1}: ${error.message}${near}`);
  }
}

/** Parses a `filter` query parameter (or a POST /.search filter). Any problem is ScimError 400 invalidFilter. */
export function parseFilter(text: string, limits: Partial<FilterLimits> = {}): FilterNode {
  const all = { ...DEFAULT_FILTER_LIMITS, ...limits };
  if (text.length > all.maxLength) {
    throw new ScimError(
      400,
      "invalidFilter",
      `Invalid filter: it is ${text.length} characters long; the maximum is ${all.maxLength}`,
    );
  }
  if (!text.trim()) throw new ScimError(400, "invalidFilter", "Invalid filter: it is empty");
  return run(text, all, "invalidFilter", parseOr);
}

export interface ParsedValuePath extends AttrPath {
  filter?: FilterNode;
}

/**
 * Parses a PATCH `path` (RFC 7644 §3.5.2): `attr`, `attr.sub`, `urn:...:attr[.sub]`, `attr[filter]`, `attr[filter].sub`.
 * With a filter, `sub` is the sub-attribute after the bracket. Any problem is ScimError 400 invalidPath.
 */
export function parseValuePath(text: string, limits: Partial<FilterLimits> = {}): ParsedValuePath {
  const all = { ...DEFAULT_FILTER_LIMITS, ...limits };
  if (text.length > all.maxLength) {
    throw new ScimError(
      400,
      "invalidPath",
      `Invalid path: it is ${text.length} characters long; the maximum is ${all.maxLength}`,
    );
  }
  return run(text, all, "invalidPath", (s) => {
    const path = readAttributePath(next(s));
    if (peek(s).type !== "[") return path;
    const { filter, sub } = parseBracket(s, path);
    return sub ? { ...path, filter, sub: sub.name } : { ...path, filter };
  });
}
