// What a function of the expression language declares (name, parameters, arity, help text) and the argument
// accessors its implementation gets. Accessors convert and validate, failing at the argument's position.
import type { ExpressionValue, ScalarValue } from "./values";

/** Injected sources of time and randomness, so evaluation is reproducible in tests and previews. */
export type EvaluationEnvironment = { now: () => Date; random: () => number; guid: () => string };

export interface FunctionArgs {
  /** Number of arguments written, omitted ones included. */
  readonly count: number;
  readonly env: EvaluationEnvironment;
  /** The argument's value (evaluated on first use); null when omitted or not written. */
  value(index: number): ExpressionValue;
  /** Whether the argument is written and not omitted (its value may still be null). */
  isWritten(index: number): boolean;
  /** A single value as text; null when null. Fails on a multi-valued attribute with several values. */
  text(index: number): string | null;
  /** The values of a (possibly multi-valued) argument; [] when null. */
  list(index: number): ScalarValue[];
  /** A whole number (numbers and numeric strings); null when null. */
  integer(index: number): number | null;
  /** A number (numbers and numeric strings); null when null. */
  number(index: number): number | null;
  /** Whether an attribute referenced anywhere inside the argument is null or empty (IIF's known limitation). */
  referencesEmptyAttribute(index: number): boolean;
  /** The name of the constant written as the argument (vbTextCompare), if it is one. */
  constantName(index: number): string | undefined;
  /** Fails evaluation, pointing at the argument (or at the function name without an index). */
  fail(message: string, index?: number): never;
}

export type FunctionSpec = {
  name: string;
  /** Parameter names as shown in help; optional ones in [brackets], a repeating one ends in "...". */
  params: string[];
  description: string;
  minArgs: number;
  maxArgs: number;
  /** Switch: key and value parameters come in pairs, so the count is even. */
  evenArgs?: boolean;
  /** SelectUniqueValue: must be the whole expression, never nested. */
  topLevelOnly?: boolean;
  /** Arguments are evaluated only when the implementation asks for them (IIF, Switch, Coalesce…). */
  lazy?: boolean;
  evaluate(args: FunctionArgs): ExpressionValue;
};

/** A whole-number argument the function cannot do without: fails "<name> is required" when it is null. */
export function requiredInteger(args: FunctionArgs, index: number, name: string): number {
  const n = args.integer(index);
  if (n === null) args.fail(`${name} is required`, index);
  return n;
}

export function signatureOf(spec: Pick<FunctionSpec, "name" | "params">): string {
  return `${spec.name}(${spec.params.join(", ")})`;
}

export function describeArity(spec: Pick<FunctionSpec, "minArgs" | "maxArgs" | "evenArgs">): string {
  const n = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (spec.evenArgs) return `an even number of arguments, at least ${spec.minArgs}`;
  if (spec.minArgs === spec.maxArgs) return spec.minArgs === 0 ? "no arguments" : `exactly ${n(spec.minArgs)}`;
  if (spec.maxArgs === Infinity) return `at least ${n(spec.minArgs)}`;
  return `${spec.minArgs} to ${spec.maxArgs} arguments`;
}
