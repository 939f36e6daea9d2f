// Evaluates a checked syntax tree against a source object, synchronously. Eager functions get their arguments
// evaluated left to right first; lazy ones (IIF, Switch, Coalesce) evaluate only what they ask for.
import type { CallNode, ExpressionNode, Span } from "./ast";
import { compareScalars } from "./compare";
import { ExpressionError } from "./expression-error";
import type { EvaluationEnvironment, FunctionArgs, FunctionSpec } from "./runtime/function-spec";
import { findConstant, findFunction } from "./functions/registry";
import { AttributeValueError, type AttributeReader } from "./source-attributes";
import {
  asNumber,
  describeValue,
  isNullOrEmptyValue,
  scalarToText,
  type ExpressionValue,
  type ScalarValue,
} from "./runtime/values";

export type Scope = { text: string; env: EvaluationEnvironment; attribute: AttributeReader };

export function evaluateNode(node: ExpressionNode, scope: Scope): ExpressionValue {
  switch (node.kind) {
    case "string":
    case "number":
      return node.value;
    case "omitted":
      return null;
    case "constant":
      return findConstant(node.name) ?? node.name;
    case "attribute":
      return readAttribute(node.name, node, scope);
    case "compare": {
      const single = (side: ExpressionNode) => {
        const value = evaluateNode(side, scope);
        if (!Array.isArray(value)) return value;
        if (value.length > 1)
          throw new ExpressionError(
            "evaluation",
            `Cannot compare a multi-valued value (${value.length} values)`,
            scope.text,
            side.start,
            side.end,
          );
        return value[0] ?? null;
      };
      return compareScalars(node.operator, single(node.left), single(node.right));
    }
    case "call":
      return evaluateCall(node, scope);
  }
}

function readAttribute(name: string, span: Span, scope: Scope): ExpressionValue {
  try {
    return scope.attribute(name);
  } catch (error) {
    if (error instanceof AttributeValueError)
      throw new ExpressionError("evaluation", error.message, scope.text, span.start, span.end);
    throw error;
  }
}

function evaluateCall(node: CallNode, scope: Scope): ExpressionValue {
  const spec = findFunction(node.name);
  if (!spec)
    throw new ExpressionError(
      "unknown_function",
      `Unknown function "${node.name}"`,
      scope.text,
      node.start,
      node.nameEnd,
    );
  const args = createArgs(node, spec, scope);
  if (!spec.lazy) for (let i = 0; i < node.args.length; i++) args.value(i);
  return spec.evaluate(args);
}

function createArgs(node: CallNode, spec: FunctionSpec, scope: Scope): FunctionArgs {
  const cache = new Map<number, ExpressionValue>();
  const paramName = (i: number) =>
    (spec.params[Math.min(i, spec.params.length - 1)] ?? `argument ${i + 1}`).replace(/[[\]]|\.\.\.$/g, "");
  const fail: FunctionArgs["fail"] = (message, index) => {
    const arg = index === undefined ? undefined : node.args[index];
    const span = arg ?? { start: node.start, end: node.nameEnd };
    throw new ExpressionError(
      "evaluation",
      `${spec.name}: ${message}`,
      scope.text,
      span.start,
      Math.max(span.end, span.start + 1),
    );
  };
  const value = (i: number): ExpressionValue => {
    if (i >= node.args.length) return null;
    if (!cache.has(i)) cache.set(i, evaluateNode(node.args[i]!, scope));
    return cache.get(i)!;
  };
  const single = (i: number): ScalarValue | null => {
    const v = value(i);
    if (!Array.isArray(v)) return v;
    if (v.length > 1)
      fail(
        `${paramName(i)} must be a single value, but it has ${v.length} values; pick one with Item() or combine them with Join()`,
        i,
      );
    return v[0] ?? null;
  };
  const numeric = (i: number, whole: boolean): number | null => {
    const v = single(i);
    if (v === null) return null;
    const n = typeof v === "boolean" ? undefined : asNumber(v);
    if (n === undefined || (whole && !Number.isInteger(n)))
      fail(`${paramName(i)} must be a ${whole ? "whole number" : "number"}, not ${describeValue(v)}`, i);
    return n;
  };
  return {
    count: node.args.length,
    env: scope.env,
    value,
    isWritten: (i) => i < node.args.length && node.args[i]!.kind !== "omitted",
    text(i) {
      const v = single(i);
      return v === null ? null : scalarToText(v);
    },
    list(i) {
      const v = value(i);
      return v === null ? [] : Array.isArray(v) ? v : [v];
    },
    integer: (i) => numeric(i, true),
    number: (i) => numeric(i, false),
    referencesEmptyAttribute(i) {
      const arg = node.args[i];
      return arg !== undefined && someAttribute(arg, (a) => isNullOrEmptyValue(readAttribute(a.name, a, scope)));
    },
    constantName(i) {
      const arg = node.args[i];
      return arg?.kind === "constant" ? arg.name : undefined;
    },
    fail,
  };
}

function someAttribute(
  node: ExpressionNode,
  test: (node: Extract<ExpressionNode, { kind: "attribute" }>) => boolean,
): boolean {
  if (node.kind === "attribute") return test(node);
  if (node.kind === "compare") return someAttribute(node.left, test) || someAttribute(node.right, test);
  if (node.kind === "call") return node.args.some((arg) => someAttribute(arg, test));
  return false;
}
