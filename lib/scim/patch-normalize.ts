// Turns a PATCH body in either Entra dialect (legacy "Replace"/"False"/member value arrays, or aadOptscim062020
// path-less objects keyed by paths) into canonical operations. API: normalizePatchRequest(resourceType, body).
import { findKey, formatAttrPath, matchSchemaUrn } from "./attribute-paths";
import { coerceAttributeValue, coerceSubAttributeValue } from "./coerce-values";
import { ScimError } from "./errors";
import type { FilterNode } from "./filter-ast";
import { parseValuePath, type ParsedValuePath } from "./filter-parser";
import { isJsonObject } from "./json";
import type { NormalizedPatch, PatchOpName } from "./patch-types";
import type { AttrDef } from "./schema-attribute";
import {
  coreSchemaOf,
  extensionSchemasOf,
  findAttribute,
  resolveAttribute,
  schemaAttributes,
  type ResourceType,
} from "./schema-registry";

const OPS: readonly PatchOpName[] = ["add", "replace", "remove"];

function field(obj: Record<string, unknown>, name: string): unknown {
  const key = findKey(obj, name);
  return key === undefined ? undefined : obj[key];
}

/** Keys of a path-less value are paths too, but a key that is not a valid path is just an unknown attribute. */
function parseKey(text: string): ParsedValuePath | undefined {
  try {
    return parseValuePath(text);
  } catch (error) {
    if (error instanceof ScimError) return undefined;
    throw error;
  }
}

function checkFilterAttributes(filter: FilterNode, def: AttrDef, text: string): void {
  if (filter.kind === "and" || filter.kind === "or")
    return filter.children.forEach((c) => checkFilterAttributes(c, def, text));
  if (filter.kind === "not") return checkFilterAttributes(filter.child, def, text);
  const path = filter.path;
  if (filter.kind === "valuePath" || path.urn || path.sub || !findAttribute(def.subAttributes, path.attr)) {
    throw new ScimError(
      400,
      "invalidPath",
      `Invalid path "${text}": "${formatAttrPath(path)}" is not a sub-attribute of ${def.name}`,
    );
  }
}

function expand(
  resourceType: ResourceType,
  op: PatchOpName,
  text: string,
  value: unknown,
  out: NormalizedPatch,
  isKey = false,
): void {
  const schemaUrn = matchSchemaUrn(text.trim());
  if (schemaUrn) {
    // A whole schema as the path: `{"op":"replace","path":"urn:...:enterprise:2.0:User","value":{"department":"x"}}`.
    const isCore = schemaUrn === coreSchemaOf(resourceType);
    if (!isCore && !extensionSchemasOf(resourceType).includes(schemaUrn)) {
      out.ignored.push({ op, path: text, reason: "unknownAttribute" });
      return;
    }
    if (op === "remove") {
      if (isCore) throw new ScimError(400, "invalidPath", `Invalid path "${text}": the core schema cannot be removed`);
      schemaAttributes(schemaUrn).forEach((def) =>
        expand(resourceType, op, `${schemaUrn}:${def.name}`, undefined, out),
      );
      return;
    }
    if (!isJsonObject(value))
      throw new ScimError(400, "invalidValue", `The value for path "${text}" must be an object`);
    for (const [key, inner] of Object.entries(value))
      expand(resourceType, op, isCore ? key : `${schemaUrn}:${key}`, inner, out, true);
    return;
  }
  const parsed = isKey ? parseKey(text) : parseValuePath(text);
  if (!parsed) {
    out.ignored.push({ op, path: text, reason: "unknownAttribute" });
    return;
  }
  const resolved = resolveAttribute(resourceType, parsed);
  if (!resolved) {
    out.ignored.push({ op, path: text, reason: "unknownAttribute" });
    return;
  }
  const { def, sub } = resolved;
  const { filter } = parsed;
  if (filter) {
    if (!def.multiValued || def.type !== "complex") {
      throw new ScimError(
        400,
        "invalidPath",
        `Invalid path "${text}": ${def.name} is not multi-valued, so it cannot take a filter`,
      );
    }
    checkFilterAttributes(filter, def, text);
  }
  if (def.mutability === "readOnly" || sub?.mutability === "readOnly") {
    out.ignored.push({ op, path: text, reason: "readOnly" });
    return;
  }
  let coerced: unknown;
  if (sub) coerced = coerceSubAttributeValue(sub, value, resolved.canonical);
  else if (filter) coerced = coerceAttributeValue({ ...def, multiValued: false }, value, resolved.canonical);
  else if (op !== "remove" || def.multiValued) coerced = coerceAttributeValue(def, value, resolved.canonical);
  if (op !== "remove" && coerced === undefined) {
    out.ignored.push({ op, path: text, reason: "nullValue" });
    return;
  }
  out.operations.push({
    op,
    path: {
      ...(resolved.isExtension ? { urn: resolved.schemaUrn } : {}),
      attr: def.name,
      ...(sub ? { sub: sub.name } : {}),
      ...(filter ? { filter } : {}),
      text,
    },
    ...(coerced !== undefined ? { value: coerced } : {}),
  });
}

/**
 * Rules (entra-scim.md §3): op names case-insensitive, anything else 400 invalidSyntax; empty/absent Operations is a
 * no-op; path-less add/replace expands each key of `value` as a path (dotted or URN-prefixed); path-less remove is
 * 400 noTarget; values are coerced to the schema ("False" → false); read-only (`id`, `meta`, `schemas`, `groups`,
 * `manager.displayName`, `members.display`), unknown attributes and null values are dropped into `ignored`;
 * malformed paths are 400 invalidPath.
 */
export function normalizePatchRequest(resourceType: ResourceType, body: unknown): NormalizedPatch {
  if (!isJsonObject(body)) throw new ScimError(400, "invalidSyntax", "The PATCH body must be a JSON object");
  const operations = field(body, "Operations");
  if (operations !== undefined && operations !== null && !Array.isArray(operations)) {
    throw new ScimError(400, "invalidSyntax", '"Operations" must be an array');
  }
  const out: NormalizedPatch = { operations: [], ignored: [] };
  (operations ?? []).forEach((raw: unknown, i: number) => {
    if (!isJsonObject(raw)) throw new ScimError(400, "invalidSyntax", `Operations[${i}] must be an object`);
    const opText = field(raw, "op");
    const op = typeof opText === "string" ? (opText.toLowerCase() as PatchOpName) : undefined;
    if (!op || !OPS.includes(op)) {
      throw new ScimError(
        400,
        "invalidSyntax",
        `Operations[${i}]: unsupported op ${JSON.stringify(opText)}; expected add, replace or remove`,
      );
    }
    const path = field(raw, "path");
    const value = field(raw, "value");
    if (path !== undefined && path !== null && typeof path !== "string") {
      throw new ScimError(400, "invalidPath", `Operations[${i}]: "path" must be a string`);
    }
    if (path && path.trim()) return expand(resourceType, op, path.trim(), value, out);
    if (op === "remove") throw new ScimError(400, "noTarget", `Operations[${i}]: remove requires a path`);
    if (!isJsonObject(value)) {
      throw new ScimError(400, "invalidValue", `Operations[${i}]: a ${op} without a path needs an object value`);
    }
    for (const [key, inner] of Object.entries(value)) expand(resourceType, op, key, inner, out, true);
  });
  return out;
}
