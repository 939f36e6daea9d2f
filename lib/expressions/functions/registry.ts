// Every function the expression language knows, found by name regardless of case, and the named constants.
import type { FunctionSpec } from "../runtime/function-spec";
import { DATE_FUNCTIONS } from "./date-functions";
import { LIST_FUNCTIONS } from "./list-functions";
import { LOGIC_FUNCTIONS } from "./logic-functions";
import { RANDOM_FUNCTIONS } from "./random-functions";
import { REPLACE_FUNCTION } from "./replace";
import { TEXT_FUNCTIONS } from "./text-functions";

export const FUNCTIONS: readonly FunctionSpec[] = [
  ...TEXT_FUNCTIONS,
  ...LOGIC_FUNCTIONS,
  ...LIST_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...RANDOM_FUNCTIONS,
  REPLACE_FUNCTION,
].sort((a, b) => a.name.localeCompare(b.name, "en"));

const BY_NAME = new Map(FUNCTIONS.map((spec) => [spec.name.toLowerCase(), spec]));

export function findFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** Bare names an expression may use as values: InStr's compare types. */
export const CONSTANTS = ["vbBinaryCompare", "vbTextCompare"] as const;

export function findConstant(name: string): string | undefined {
  return CONSTANTS.find((c) => c.toLowerCase() === name.toLowerCase());
}
