// Evaluating an expression for one source object. evaluateExpression is async because SelectUniqueValue asks
// the target whether each candidate is taken; evaluateExpressionSync serves callers with a synchronous checker
// (or none). Both return IGNORE_FLOW when IgnoreFlowIfNullOrEmpty drops the attribute.
import type { CallNode, ParsedExpression } from "./ast";
import { checkExpression, compileExpression } from "./compile";
import { evaluateNode, type Scope } from "./evaluate-node";
import { ExpressionError } from "./expression-error";
import type { EvaluationEnvironment } from "./runtime/function-spec";
import { findFunction } from "./functions/registry";
import { IGNORE_FLOW, IgnoreFlowSignal, type IgnoreFlow } from "./runtime/ignore-flow";
import { createAttributeReader } from "./source-attributes";
import { scalarToText, type ExpressionValue } from "./runtime/values";

export type EvaluationContext = {
  /** The source object: attribute name → value (string, number, boolean, null, or an array of them). */
  source: Record<string, unknown>;
  /** The clock for Now() and dates without a day (default: the system clock). */
  now?: () => Date;
  /** Uniform random numbers in [0, 1) for RandomString (default: crypto.getRandomValues). */
  random?: () => number;
  /** New GUIDs for Guid() (default: crypto.randomUUID). */
  guid?: () => string;
  /** Whether SelectUniqueValue's candidate is still free in the target. Without it the first candidate wins. */
  isUnique?: (value: string) => boolean | Promise<boolean>;
};

export type ExpressionResult = ExpressionValue | IgnoreFlow;

function defaultRandom(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

function prepare(
  expression: string | ParsedExpression,
  context: EvaluationContext,
): { parsed: ParsedExpression; scope: Scope } {
  const parsed = typeof expression === "string" ? compileExpression(expression) : expression;
  checkExpression(parsed);
  const env: EvaluationEnvironment = {
    now: context.now ?? (() => new Date()),
    random: context.random ?? defaultRandom,
    guid: context.guid ?? (() => globalThis.crypto.randomUUID()),
  };
  return { parsed, scope: { text: parsed.text, env, attribute: createAttributeReader(context.source) } };
}

function selectUniqueRoot(parsed: ParsedExpression): CallNode | undefined {
  const root = parsed.root;
  return root.kind === "call" && findFunction(root.name)?.name === "SelectUniqueValue" ? root : undefined;
}

/** Whether the expression is a SelectUniqueValue (a top-level function: only then does it ask isUnique). */
export function isSelectUniqueValue(expression: ParsedExpression): boolean {
  return selectUniqueRoot(expression) !== undefined;
}

/** SelectUniqueValue's candidates: each rule's value in order, skipping rules that produce nothing. */
function* candidates(root: CallNode, scope: Scope): Generator<string> {
  for (const rule of root.args) {
    const value = evaluateNode(rule, scope);
    if (Array.isArray(value) && value.length > 1) {
      throw new ExpressionError(
        "evaluation",
        `SelectUniqueValue: a rule produced ${value.length} values; each rule must produce one`,
        scope.text,
        rule.start,
        rule.end,
      );
    }
    const single = Array.isArray(value) ? (value[0] ?? null) : value;
    if (single !== null && single !== "") yield scalarToText(single);
  }
}

function noneUnique(root: CallNode, scope: Scope, tried: string[]): ExpressionError {
  const detail =
    tried.length === 0
      ? "no rule produced a value"
      : `every generated value already exists in the target (${tried.map((t) => JSON.stringify(t)).join(", ")})`;
  return new ExpressionError("evaluation", `SelectUniqueValue: ${detail}`, scope.text, root.start, root.nameEnd);
}

function catchIgnoreFlow<T>(run: () => T): T | IgnoreFlow {
  try {
    return run();
  } catch (error) {
    if (error instanceof IgnoreFlowSignal) return IGNORE_FLOW;
    throw error;
  }
}

/** Evaluates an expression (text, or the result of compileExpression) for one source object. Throws ExpressionError. */
export async function evaluateExpression(
  expression: string | ParsedExpression,
  context: EvaluationContext,
): Promise<ExpressionResult> {
  const { parsed, scope } = prepare(expression, context);
  const root = selectUniqueRoot(parsed);
  if (!root) return catchIgnoreFlow(() => evaluateNode(parsed.root, scope));
  const tried: string[] = [];
  const generated = candidates(root, scope);
  for (;;) {
    const next = catchIgnoreFlow(() => generated.next());
    if (next === IGNORE_FLOW) return IGNORE_FLOW;
    if (next.done) throw noneUnique(root, scope, tried);
    if (!context.isUnique || (await context.isUnique(next.value))) return next.value;
    tried.push(next.value);
  }
}

/** evaluateExpression for synchronous callers; SelectUniqueValue then needs a synchronous isUnique. */
export function evaluateExpressionSync(
  expression: string | ParsedExpression,
  context: EvaluationContext,
): ExpressionResult {
  const { parsed, scope } = prepare(expression, context);
  const root = selectUniqueRoot(parsed);
  if (!root) return catchIgnoreFlow(() => evaluateNode(parsed.root, scope));
  const tried: string[] = [];
  return catchIgnoreFlow(() => {
    for (const candidate of candidates(root, scope)) {
      const unique = context.isUnique ? context.isUnique(candidate) : true;
      if (typeof unique !== "boolean")
        throw new TypeError(
          "isUnique returned a promise: use evaluateExpression (async) for an asynchronous uniqueness check",
        );
      if (unique) return candidate;
      tried.push(candidate);
    }
    throw noneUnique(root, scope, tried);
  });
}
