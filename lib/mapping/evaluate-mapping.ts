// Applies an object mapping to a source object: the target values to export, and the matching attributes in
// precedence order. Empty sources are skipped (Entra never sends null to clear an attribute).
// SelectUniqueValue is evaluated on create only (on update the target keeps the value it was given); only
// evaluateMappingForTarget asks the target whether a candidate is taken, everything else takes the first one.
import {
  compileExpression,
  evaluateExpression,
  evaluateExpressionSync,
  isExpressionError,
  isIgnoreFlow,
  isSelectUniqueValue,
  type ExpressionResult,
  type ParsedExpression,
} from "@/lib/expressions";
import type { SourceAttributes, TAttributeMapping, TargetValues, TObjectMapping } from "./types";

export type MappingOutcome = {
  values: TargetValues;
  errors: string[];
  /** What SelectUniqueValue found taken in the target, per target attribute, e.g. 'userName: "a" is taken, chose "b"'. */
  notes: string[];
  /** Target attributes whose SelectUniqueValue found every candidate taken in the target. */
  exhausted: string[];
};

/** Asks the target whether `value` is free for `attribute` (a SCIM attribute path). */
export type TargetUniqueness = (attribute: string, value: string) => Promise<boolean>;

type Raw = { raw?: string | boolean | null; ignore?: true; error?: string };

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

/** Whether the mapping is a SelectUniqueValue expression (false when the expression does not compile). */
export function isUniqueValueMapping(m: TAttributeMapping): boolean {
  if (m.type !== "Expression") return false;
  try {
    return isSelectUniqueValue(compiled(m.expression ?? ""));
  } catch {
    return false;
  }
}

function rawOf(result: ExpressionResult): Raw {
  if (isIgnoreFlow(result)) return { ignore: true };
  const single = Array.isArray(result) ? (result[0] ?? null) : result;
  return { raw: typeof single === "number" ? String(single) : single };
}

function errorOf(m: TAttributeMapping, error: unknown): Raw {
  return {
    error: `${m.target}: ${isExpressionError(error) ? error.message : error instanceof Error ? error.message : String(error)}`,
  };
}

/** An Expression mapping's raw value; "ignore" when IgnoreFlowIfNullOrEmpty drops the attribute. */
function expressionValue(m: TAttributeMapping, source: SourceAttributes): Raw {
  try {
    return rawOf(evaluateExpressionSync(compiled(m.expression ?? ""), { source }));
  } catch (error) {
    return errorOf(m, error);
  }
}

function finish(m: TAttributeMapping, raw: string | boolean | null | undefined): { value?: string | boolean } {
  if (isEmpty(raw)) raw = m.defaultValue;
  if (isEmpty(raw)) return {};
  return { value: coerce(raw as string | boolean, m.targetType) };
}

/** The value one attribute mapping produces, or undefined when nothing is exported. SelectUniqueValue takes its first value. */
export function mappedValue(
  m: TAttributeMapping,
  source: SourceAttributes,
): { value?: string | boolean; error?: string } {
  let raw: string | boolean | null | undefined;
  if (m.type === "Direct") raw = m.source ? source[m.source] : undefined;
  else if (m.type === "Constant") raw = m.constant;
  else if (m.type === "Expression") {
    const result = expressionValue(m, source);
    if (result.error) return { error: result.error };
    if (result.ignore) return {};
    raw = result.raw;
  } else return {};
  return finish(m, raw);
}

/** The mappings that flow for this operation: members are synced by the engine, "Only during creation" and
 *  SelectUniqueValue mappings only on create. */
function flowing(mapping: TObjectMapping, forCreate: boolean): TAttributeMapping[] {
  return mapping.attributes.filter(
    (m) => m.targetType !== "Reference" && (forCreate || (m.apply !== "OnCreate" && !isUniqueValueMapping(m))),
  );
}

function collect(
  outcome: MappingOutcome,
  m: TAttributeMapping,
  result: { value?: string | boolean; error?: string },
): void {
  if (result.error) outcome.errors.push(result.error);
  else if (result.value !== undefined) outcome.values[m.target] = result.value;
}

/** Target values for a source object, without asking the target (previews and tests). `forCreate` includes the
 *  "Only during creation" and SelectUniqueValue mappings; SelectUniqueValue then takes its first value. */
export function evaluateMapping(
  mapping: TObjectMapping,
  source: SourceAttributes,
  { forCreate }: { forCreate: boolean },
): MappingOutcome {
  const outcome: MappingOutcome = { values: {}, errors: [], notes: [], exhausted: [] };
  for (const m of flowing(mapping, forCreate)) collect(outcome, m, mappedValue(m, source));
  return outcome;
}

/** A failure of the target while checking uniqueness: it ends the object's evaluation, like any failed call. */
class UniquenessCheckFailed extends Error {
  constructor(readonly failure: unknown) {
    super("The uniqueness check failed");
  }
}

/** SelectUniqueValue checked against the target: the first candidate `isUnique` accepts. A failing check is
 *  thrown as it came (the object fails like on any failed call), not reported as a mapping error. */
async function uniqueValue(
  m: TAttributeMapping,
  source: SourceAttributes,
  isUnique: TargetUniqueness,
  outcome: MappingOutcome,
): Promise<Raw> {
  const taken: string[] = [];
  const check = async (value: string) => {
    let free: boolean;
    try {
      free = await isUnique(m.target, value);
    } catch (error) {
      throw new UniquenessCheckFailed(error);
    }
    if (!free) taken.push(value);
    return free;
  };
  let result: ExpressionResult;
  try {
    result = await evaluateExpression(compiled(m.expression ?? ""), { source, isUnique: check });
  } catch (error) {
    if (error instanceof UniquenessCheckFailed) throw error.failure;
    if (taken.length > 0) outcome.exhausted.push(m.target);
    return errorOf(m, error);
  }
  const raw = rawOf(result);
  if (taken.length > 0 && !raw.ignore)
    outcome.notes.push(
      `${m.target}: ${taken.map((t) => JSON.stringify(t)).join(", ")} ${taken.length === 1 ? "is" : "are"} taken in the target, chose ${JSON.stringify(raw.raw)}`,
    );
  return raw;
}

/** Target values for provisioning: like evaluateMapping, but on create SelectUniqueValue asks the target
 *  (through `isUnique`) for each candidate and fails the attribute when every candidate is taken. */
export async function evaluateMappingForTarget(
  mapping: TObjectMapping,
  source: SourceAttributes,
  { forCreate, isUnique }: { forCreate: boolean; isUnique: TargetUniqueness },
): Promise<MappingOutcome> {
  const outcome: MappingOutcome = { values: {}, errors: [], notes: [], exhausted: [] };
  for (const m of flowing(mapping, forCreate)) {
    if (!isUniqueValueMapping(m)) {
      collect(outcome, m, mappedValue(m, source));
      continue;
    }
    const raw = await uniqueValue(m, source, isUnique, outcome);
    collect(outcome, m, raw.error ? { error: raw.error } : raw.ignore ? {} : finish(m, raw.raw));
  }
  return outcome;
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
