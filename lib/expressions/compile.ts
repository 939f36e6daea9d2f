// Parses an expression and checks it against the function registry: known function names (in any case),
// argument counts, SelectUniqueValue only at the top, known constants. The result can be evaluated repeatedly.
import type { ExpressionNode, ParsedExpression } from "./ast";
import { ExpressionError } from "./expression-error";
import { describeArity, signatureOf } from "./runtime/function-spec";
import { FUNCTIONS, findConstant, findFunction } from "./functions/registry";
import { parseExpression } from "./parse";

const compiled = new WeakSet<ParsedExpression>();

export function compileExpression(text: string): ParsedExpression {
  const parsed = parseExpression(text);
  checkExpression(parsed);
  return parsed;
}

/** Checks a parsed expression once; later calls with the same object return at once. */
export function checkExpression(parsed: ParsedExpression): void {
  if (compiled.has(parsed)) return;
  check(parsed.text, parsed.root, true);
  compiled.add(parsed);
}

function check(text: string, node: ExpressionNode, topLevel: boolean): void {
  if (node.kind === "compare") {
    check(text, node.left, false);
    check(text, node.right, false);
  } else if (node.kind === "constant") {
    if (!findConstant(node.name)) {
      const hint = findFunction(node.name)
        ? `; call the function as ${node.name}(...)`
        : `: reference an attribute as [${node.name}] or write a string as "${node.name}"`;
      throw new ExpressionError("syntax", `Unknown name "${node.name}"${hint}`, text, node.start, node.end);
    }
  } else if (node.kind === "call") {
    const spec = findFunction(node.name);
    if (!spec) {
      const suggestion = closestFunction(node.name);
      throw new ExpressionError(
        "unknown_function",
        `Unknown function "${node.name}"${suggestion ? `; did you mean ${suggestion}?` : ""}`,
        text,
        node.start,
        node.nameEnd,
      );
    }
    const n = node.args.length;
    if (n < spec.minArgs || n > spec.maxArgs || (spec.evenArgs && n % 2 !== 0)) {
      throw new ExpressionError(
        "arity",
        `${spec.name} takes ${describeArity(spec)}: ${signatureOf(spec)}; got ${n}`,
        text,
        node.start,
        node.nameEnd,
      );
    }
    if (spec.topLevelOnly && !topLevel) {
      throw new ExpressionError(
        "syntax",
        `${spec.name} must be the whole expression; it cannot be nested inside another function or comparison`,
        text,
        node.start,
        node.nameEnd,
      );
    }
    for (const arg of node.args) check(text, arg, false);
  }
}

function closestFunction(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of FUNCTIONS.map((f) => f.name)) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= (lower.length > 4 ? 2 : 1) && (!best || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
