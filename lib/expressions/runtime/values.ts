// The values expressions work with: Entra's functions take and return strings, with booleans (IsNull, Not…),
// numbers (InStr, literals) and multi-valued attributes (string lists) besides. Null is an absent value.
export type ScalarValue = string | number | boolean;
export type ExpressionValue = ScalarValue | null | ScalarValue[];

/** How a scalar reads as a string: booleans as .NET writes them ("True"/"False"). */
export function scalarToText(value: ScalarValue): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  return String(value);
}

/** Null, or a multi-valued attribute without values. */
export function isNullValue(value: ExpressionValue): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** Null or the empty string (IsNullOrEmpty). */
export function isNullOrEmptyValue(value: ExpressionValue): boolean {
  return isNullValue(value) || value === "" || (Array.isArray(value) && value.every((v) => v === ""));
}

/** "True"/"False" in any case, and booleans; otherwise undefined. */
export function asBoolean(value: ScalarValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  const text = String(value).trim().toLowerCase();
  return text === "true" ? true : text === "false" ? false : undefined;
}

/** A finite number from a number or numeric string; otherwise undefined. */
export function asNumber(value: ScalarValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

/** A short quoted rendering of a value for error messages. */
export function describeValue(value: ExpressionValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => describeValue(v)).join(", ")}]`;
  const text = scalarToText(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
