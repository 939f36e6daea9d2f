// Coerces one attribute value to its schema definition: "True"/"False" → booleans, numbers → strings, canonical
// sub-attribute names, nulls dropped. API: coerceAttributeValue(def, value, name) → unknown (undefined = unassigned).
import { ScimError } from "./errors";
import { findAttribute } from "./schema-registry";
import type { AttrDef } from "./schema-attribute";
import { isJsonObject, type JsonObject } from "./json";

const invalid = (name: string, expected: string, value: unknown) =>
  new ScimError(400, "invalidValue", `Attribute "${name}" must be ${expected}; got ${JSON.stringify(value)}`);

function coerceSimple(def: AttrDef, value: unknown, name: string): unknown {
  switch (def.type) {
    case "boolean": {
      if (typeof value === "boolean") return value;
      const lower = typeof value === "string" ? value.trim().toLowerCase() : "";
      if (lower === "true" || lower === "false") return lower === "true";
      throw invalid(name, "a boolean", value);
    }
    case "integer":
    case "decimal": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      if (typeof n === "number" && Number.isFinite(n) && (def.type === "decimal" || Number.isInteger(n))) return n;
      throw invalid(name, `a number (${def.type})`, value);
    }
    default:
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      throw invalid(name, "a string", value);
  }
}

function coerceComplex(def: AttrDef, value: unknown, name: string): JsonObject | undefined {
  if (!isJsonObject(value)) {
    const valueDef = findAttribute(def.subAttributes, "value");
    // Lenient: a bare value for a complex attribute with a `value` sub-attribute (`"manager": "id"`, `"emails": ["a@b"]`).
    if (valueDef && !Array.isArray(value)) return { value: coerceSimple(valueDef, value, `${name}.value`) };
    throw invalid(name, "an object", value);
  }
  const out: JsonObject = {};
  for (const [key, raw] of Object.entries(value)) {
    const sub = findAttribute(def.subAttributes, key);
    if (!sub || raw === null || raw === undefined) continue;
    out[sub.name] = coerceSimple(sub, raw, `${name}.${sub.name}`);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function coerceSingle(def: AttrDef, value: unknown, name: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (def.type !== "complex") return coerceSimple(def, value, name);
  // Entra's legacy manager PATCH sends a one-element array for the single-valued complex `manager` (E12).
  if (Array.isArray(value)) return value.length > 0 ? coerceSingle(def, value[0], name) : undefined;
  return coerceComplex(def, value, name);
}

/** Multi-valued attributes always come back as arrays (a single element is wrapped); empty elements are dropped. */
export function coerceAttributeValue(def: AttrDef, value: unknown, name: string = def.name): unknown {
  if (!def.multiValued) return coerceSingle(def, value, name);
  if (value === null || value === undefined) return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => coerceSingle(def, item, `${name}[${i}]`)).filter((v) => v !== undefined);
}

/** Coerces a value for a sub-attribute position (always single-valued). */
export function coerceSubAttributeValue(sub: AttrDef, value: unknown, name: string): unknown {
  return coerceSingle(sub, value, name);
}
