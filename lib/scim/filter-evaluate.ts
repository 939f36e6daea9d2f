// Evaluates a filter tree against a plain JSON object in memory (PATCH value paths, tests, small lists).
// API: matchesFilter(node, target, options?) → boolean. Multi-valued attributes match when any value matches.
import { findKey, formatAttrPath, type AttrPath } from "./attribute-paths";
import { ScimError } from "./errors";
import type { CompValue, CompareOp, FilterNode } from "./filter-ast";
import type { AttrType } from "./schema-attribute";

export interface AttributeTraits {
  caseExact: boolean;
  type: AttrType;
}

export interface EvaluateOptions {
  /** Traits of the attribute at `path` (relative to the evaluated object); default: string, caseExact false. */
  describe?: (path: AttrPath) => AttributeTraits | undefined;
  /** Paths prefixed with this URN address top-level attributes (the resource's core schema). */
  coreSchemaUrn?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function child(obj: unknown, name: string): unknown {
  if (!isObject(obj)) return undefined;
  const key = findKey(obj, name);
  return key === undefined ? undefined : obj[key];
}

function attributeValue(target: Json, path: AttrPath, options: EvaluateOptions): unknown {
  const inCore = !path.urn || path.urn === options.coreSchemaUrn;
  return child(inCore ? target : child(target, path.urn as string), path.attr);
}

/** Every value at the path, arrays flattened; a complex value without a sub-attribute stands for its `value`. */
function valuesAt(target: Json, path: AttrPath, options: EvaluateOptions): unknown[] {
  const raw = attributeValue(target, path, options);
  const items = Array.isArray(raw) ? raw : [raw];
  const picked = items.map((item) => (path.sub ? child(item, path.sub) : isObject(item) ? item.value : item));
  return picked.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined && v !== null);
}

function isPresent(v: unknown): boolean {
  if (v === "" || (Array.isArray(v) && v.length === 0)) return false;
  return !(isObject(v) && Object.keys(v).length === 0);
}

function fold(s: string, caseExact: boolean): string {
  return caseExact ? s : s.toLowerCase();
}

function asText(expected: CompValue): string {
  if (expected.type === "string") return expected.value;
  if (expected.type === "null") return "null";
  return expected.raw;
}

function equals(actual: unknown, expected: CompValue, traits: AttributeTraits): boolean {
  if (typeof actual === "boolean") {
    if (expected.type === "boolean") return actual === expected.value;
    return expected.type === "string" && expected.value.toLowerCase() === String(actual);
  }
  if (typeof actual === "number")
    return expected.type === "number" ? actual === expected.value : String(actual) === asText(expected);
  if (typeof actual !== "string") return false;
  if (traits.type === "dateTime" && !Number.isNaN(Date.parse(asText(expected)))) {
    return Date.parse(actual) === Date.parse(asText(expected));
  }
  return fold(actual, traits.caseExact) === fold(asText(expected), traits.caseExact);
}

function ordered(
  actual: unknown,
  op: CompareOp,
  expected: CompValue,
  traits: AttributeTraits,
  path: AttrPath,
): boolean {
  if (traits.type === "boolean" || typeof actual === "boolean" || expected.type === "boolean") {
    throw new ScimError(
      400,
      "invalidFilter",
      `Operator "${op}" cannot be used with the boolean attribute ${formatAttrPath(path)}`,
    );
  }
  let a: number | string;
  let b: number | string;
  if (typeof actual === "number" && expected.type === "number") [a, b] = [actual, expected.value];
  else if (typeof actual !== "string") return false;
  else if (traits.type === "dateTime") [a, b] = [Date.parse(actual), Date.parse(asText(expected))];
  else [a, b] = [fold(actual, traits.caseExact), fold(asText(expected), traits.caseExact)];
  if (typeof a === "number" && (Number.isNaN(a) || Number.isNaN(b as number))) return false;
  if (op === "gt") return a > b;
  if (op === "ge") return a >= b;
  if (op === "lt") return a < b;
  return a <= b;
}

function compare(
  values: unknown[],
  op: CompareOp,
  expected: CompValue,
  traits: AttributeTraits,
  path: AttrPath,
): boolean {
  if (expected.type === "null") {
    if (op === "eq") return values.length === 0;
    if (op === "ne") return values.length > 0;
    throw new ScimError(400, "invalidFilter", `Operator "${op}" cannot be used with null`);
  }
  if (op === "ne") return !compare(values, "eq", expected, traits, path);
  return values.some((actual) => {
    if (op === "eq") return equals(actual, expected, traits);
    if (op === "co" || op === "sw" || op === "ew") {
      if (typeof actual !== "string") return false;
      const [a, b] = [fold(actual, traits.caseExact), fold(asText(expected), traits.caseExact)];
      return op === "co" ? a.includes(b) : op === "sw" ? a.startsWith(b) : a.endsWith(b);
    }
    return ordered(actual, op, expected, traits, path);
  });
}

export function matchesFilter(node: FilterNode, target: Json, options: EvaluateOptions = {}): boolean {
  const traitsOf = (path: AttrPath): AttributeTraits =>
    options.describe?.(path) ?? { caseExact: false, type: "string" };
  switch (node.kind) {
    case "and":
      return node.children.every((c) => matchesFilter(c, target, options));
    case "or":
      return node.children.some((c) => matchesFilter(c, target, options));
    case "not":
      return !matchesFilter(node.child, target, options);
    case "present":
      return valuesAt(target, node.path, options).some(isPresent);
    case "compare":
      return compare(valuesAt(target, node.path, options), node.op, node.value, traitsOf(node.path), node.path);
    case "valuePath": {
      const raw = attributeValue(target, node.path, options);
      const elements = (Array.isArray(raw) ? raw : [raw]).filter(isObject);
      const outer = node.path;
      const inner: EvaluateOptions = {
        describe: (p) => options.describe?.({ urn: outer.urn, attr: outer.attr, sub: p.attr }),
      };
      return elements.some((element) => matchesFilter(node.filter, element, inner));
    }
  }
}
