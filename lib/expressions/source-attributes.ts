// Reads [attribute] references from the source object: exact name first, then ignoring case, then a dotted
// path into nested objects ([manager.displayName]). Values become expression values; objects cannot be one.
import type { ExpressionValue, ScalarValue } from "./runtime/values";

export type AttributeReader = (name: string) => ExpressionValue;

export class AttributeValueError extends Error {}

export function createAttributeReader(source: Record<string, unknown>): AttributeReader {
  const byLowerName = new Map<string, unknown>();
  for (const [key, value] of Object.entries(source))
    if (!byLowerName.has(key.toLowerCase())) byLowerName.set(key.toLowerCase(), value);
  const find = (name: string): unknown => {
    if (Object.hasOwn(source, name)) return source[name];
    const lower = name.toLowerCase();
    if (byLowerName.has(lower)) return byLowerName.get(lower);
    return name.includes(".") ? findPath(source, name.split(".")) : undefined;
  };
  return (name) => toExpressionValue(name, find(name));
}

function findPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    const record = current as Record<string, unknown>;
    const key =
      Object.keys(record).find((k) => k === segment) ??
      Object.keys(record).find((k) => k.toLowerCase() === segment.toLowerCase());
    if (key === undefined) return undefined;
    current = record[key];
  }
  return current;
}

function toScalar(name: string, value: unknown): ScalarValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  throw new AttributeValueError(
    `Attribute [${name}] holds an object, not a value; reference one of its fields, e.g. [${name}.${Object.keys(value as object)[0] ?? "field"}]`,
  );
}

function toExpressionValue(name: string, value: unknown): ExpressionValue {
  if (!Array.isArray(value)) return toScalar(name, value);
  const values = value.map((v) => toScalar(name, v)).filter((v): v is ScalarValue => v !== null);
  return values;
}
