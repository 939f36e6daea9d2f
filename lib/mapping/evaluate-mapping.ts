// Applies an object mapping to a source object: the target values to export, and the matching attributes in
// precedence order. Empty sources are skipped (Entra never sends null to clear an attribute).
import { compileExpression, evaluateExpressionSync, isExpressionError, isIgnoreFlow, type ParsedExpression } from "@/lib/expressions";
import type { SourceAttributes, TAttributeMapping, TargetValues, TObjectMapping } from "./types";

export type MappingOutcome = { values: TargetValues; errors: string[] };

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function coerce(value: string | boolean, targetType: TAttributeMapping["targetType"]): string | boolean {
  if (targetType !== "Boolean") return typeof value === "boolean" ? (value ? "True" : "False") : value;
  if (typeof value === "boolean") return value;
  return value.trim().toLowerCase() === "true";
}

const compiledCache = new Map<string, ParsedExpression>();

function compiled(text: string): ParsedExpression {
  let parsed = compiledCache.get(text);
  if (!parsed) {
    parsed = compileExpression(text);
    if (compiledCache.size > 500) compiledCache.clear();
    compiledCache.set(text, parsed);
  }
  return parsed;
}

/** An Expression mapping's raw value; "ignore" when IgnoreFlowIfNullOrEmpty drops the attribute. */
function expressionValue(m: TAttributeMapping, source: SourceAttributes): { raw?: string | boolean | null; ignore?: true; error?: string } {
  try {
    const result = evaluateExpressionSync(compiled(m.expression ?? ""), { source });
    if (isIgnoreFlow(result)) return { ignore: true };
    const single = Array.isArray(result) ? (result[0] ?? null) : result;
    return { raw: typeof single === "number" ? String(single) : single };
  } catch (error) {
    if (isExpressionError(error)) return { error: `${m.target}: ${error.message}` };
    return { error: `${m.target}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The value one attribute mapping produces, or undefined when nothing is exported. */
export function mappedValue(m: TAttributeMapping, source: SourceAttributes): { value?: string | boolean; error?: string } {
  let raw: string | boolean | null | undefined;
  if (m.type === "Direct") raw = m.source ? source[m.source] : undefined;
  else if (m.type === "Constant") raw = m.constant;
  else if (m.type === "Expression") {
    const result = expressionValue(m, source);
    if (result.error) return { error: result.error };
    if (result.ignore) return {};
    raw = result.raw;
  } else return {};
  if (isEmpty(raw)) raw = m.defaultValue;
  if (isEmpty(raw)) return {};
  return { value: coerce(raw as string | boolean, m.targetType) };
}

/** Target values for a source object. `forCreate` includes the "Only during creation" mappings. */
export function evaluateMapping(mapping: TObjectMapping, source: SourceAttributes, { forCreate }: { forCreate: boolean }): MappingOutcome {
  const values: TargetValues = {};
  const errors: string[] = [];
  for (const m of mapping.attributes) {
    if (m.targetType === "Reference") continue; // members: the engine syncs membership itself
    if (m.apply === "OnCreate" && !forCreate) continue;
    const { value, error } = mappedValue(m, source);
    if (error) errors.push(error);
    else if (value !== undefined) values[m.target] = value;
  }
  return { values, errors };
}

export type MatchingAttribute = { target: string; value: string };

/** The matching attributes with a value, highest precedence first. */
export function matchingAttributes(mapping: TObjectMapping, source: SourceAttributes): MatchingAttribute[] {
  return mapping.attributes
    .filter((m) => m.matching && m.targetType !== "Reference")
    .sort((a, b) => (a.matchingPrecedence ?? 99) - (b.matchingPrecedence ?? 99))
    .flatMap((m) => {
      const { value } = mappedValue(m, source);
      return value === undefined ? [] : [{ target: m.target, value: String(value) }];
    });
}

/** Whether the object mapping syncs group membership (a "members" Reference mapping). */
export function mapsMembers(mapping: TObjectMapping): boolean {
  return mapping.attributes.some((m) => m.targetType === "Reference" && m.target === "members" && m.type !== "None");
}
