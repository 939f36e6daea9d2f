// The comparison operators IIF conditions use (=, <>, <, <=, >, >=): numerically when both sides are numbers,
// otherwise as case-sensitive (ordinal) strings; null compares as the empty string.
import type { CompareOperator } from "./ast";
import { asNumber, scalarToText, type ScalarValue } from "./runtime/values";

export function compareScalars(
  operator: CompareOperator,
  left: ScalarValue | null,
  right: ScalarValue | null,
): boolean {
  const a = left === null ? undefined : asNumber(left);
  const b = right === null ? undefined : asNumber(right);
  let order: number;
  if (a !== undefined && b !== undefined) order = Math.sign(a - b);
  else {
    const x = left === null ? "" : scalarToText(left);
    const y = right === null ? "" : scalarToText(right);
    order = x === y ? 0 : x < y ? -1 : 1;
  }
  switch (operator) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}
