// Applies `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5, §3.9) to a resource as served.
// API: projectResource(resourceType, resource, selection) → JsonObject; isAttributeReturned(resourceType, selection, name).
import { findKey, isSchemaRef, parseAttributePath, type AttrPath, type AttributeSelector } from "./attribute-paths";
import { isJsonObject, type JsonObject } from "./json";
import { coreSchemaOf, resolveAttribute, type ResolvedAttribute, type ResourceType } from "./schema-registry";

export interface AttributeSelection {
  attributes?: readonly AttributeSelector[];
  excludedAttributes?: readonly AttributeSelector[];
}

interface Located {
  resolved: ResolvedAttribute;
  container: JsonObject;
  key: string;
}

function locate(resourceType: ResourceType, resource: JsonObject, path: AttrPath): Located | undefined {
  const resolved = resolveAttribute(resourceType, path);
  if (!resolved) return undefined;
  let container: unknown = resource;
  if (resolved.isExtension) {
    const extKey = findKey(resource, resolved.schemaUrn);
    container = extKey === undefined ? undefined : resource[extKey];
  }
  if (!isJsonObject(container)) return undefined;
  const key = findKey(container, resolved.def.name);
  return key === undefined ? undefined : { resolved, container, key };
}

function pickSub(value: unknown, sub: string): unknown {
  const pick = (v: unknown) => {
    if (!isJsonObject(v)) return {};
    const key = findKey(v, sub);
    return key === undefined ? {} : { [key]: v[key] };
  };
  return Array.isArray(value) ? value.map(pick) : pick(value);
}

function merge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return a.map((x, i) => merge(x, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) return { ...a, ...b };
  return b;
}

function include(
  resourceType: ResourceType,
  resource: JsonObject,
  selectors: readonly AttributeSelector[],
): JsonObject {
  const out: JsonObject = {};
  for (const key of ["schemas", "id"]) if (resource[key] !== undefined) out[key] = resource[key];
  for (const selector of selectors) {
    if (isSchemaRef(selector)) {
      if (selector.schemaUrn === coreSchemaOf(resourceType)) return structuredClone(resource);
      const key = findKey(resource, selector.schemaUrn);
      if (key !== undefined) out[key] = resource[key];
      continue;
    }
    const found = locate(resourceType, resource, selector);
    if (!found) continue;
    const { resolved, container, key } = found;
    const value = resolved.sub ? pickSub(container[key], resolved.sub.name) : container[key];
    const target = resolved.isExtension ? ((out[resolved.schemaUrn] ??= {}) as JsonObject) : out;
    target[key] = target[key] === undefined ? value : merge(target[key], value);
  }
  return structuredClone(out);
}

function exclude(
  resourceType: ResourceType,
  resource: JsonObject,
  selectors: readonly AttributeSelector[],
): JsonObject {
  const out = structuredClone(resource);
  for (const selector of selectors) {
    if (isSchemaRef(selector)) {
      const key = findKey(out, selector.schemaUrn);
      if (key !== undefined && selector.schemaUrn !== coreSchemaOf(resourceType)) delete out[key];
      continue;
    }
    const found = locate(resourceType, out, selector);
    if (!found || found.resolved.def.returned === "always") continue;
    const { resolved, container, key } = found;
    if (!resolved.sub) {
      delete container[key];
      continue;
    }
    const subName = resolved.sub.name;
    const strip = (v: unknown) => {
      const subKey = isJsonObject(v) ? findKey(v, subName) : undefined;
      if (subKey !== undefined) delete (v as JsonObject)[subKey];
    };
    const value = container[key];
    if (Array.isArray(value)) value.forEach(strip);
    else strip(value);
  }
  return out;
}

/**
 * `id` and `schemas` are always returned. When both lists are given, `attributes` wins. Names are case-insensitive,
 * may carry a schema URN prefix or name a whole extension; unknown names select nothing.
 */
export function projectResource(
  resourceType: ResourceType,
  resource: JsonObject,
  selection: AttributeSelection,
): JsonObject {
  if (selection.attributes?.length) return include(resourceType, resource, selection.attributes);
  if (selection.excludedAttributes?.length) return exclude(resourceType, resource, selection.excludedAttributes);
  return resource;
}

/** Whether the response will contain attribute `name` (e.g. "members"): lets the repository skip loading it. */
export function isAttributeReturned(resourceType: ResourceType, selection: AttributeSelection, name: string): boolean {
  const wanted = parseAttributePath(name);
  const target = wanted && resolveAttribute(resourceType, wanted);
  if (!target) return false;
  const sameAttribute = (s: AttributeSelector) => {
    if (isSchemaRef(s)) return s.schemaUrn === target.schemaUrn;
    const r = resolveAttribute(resourceType, s);
    return Boolean(r && r.schemaUrn === target.schemaUrn && r.def === target.def);
  };
  if (selection.attributes?.length) return target.def.returned === "always" || selection.attributes.some(sameAttribute);
  const excluded = selection.excludedAttributes ?? [];
  return !excluded.some(
    (s) => sameAttribute(s) && (isSchemaRef(s) ? s.schemaUrn !== coreSchemaOf(resourceType) : !s.sub),
  );
}
