// Turns a POST/PUT body into a clean resource: canonical attribute names, coerced values, read-only/unknown/null dropped.
// API: coerceResourceBody(resourceType, body) → JsonObject; parseUserBody(body) → TScimUser; parseGroupBody(body) → TScimGroup.
import { matchSchemaUrn, parseAttributePath } from "./attribute-paths";
import { coerceAttributeValue, coerceSubAttributeValue } from "./coerce-values";
import { isJsonObject, type JsonObject } from "./json";
import { ScimError } from "./errors";
import { validateResource, type TScimGroup, type TScimUser } from "./resource-zod";
import { extensionSchemasOf, resolveAttribute, type ResolvedAttribute, type ResourceType } from "./schema-registry";

function assign(out: JsonObject, resolved: ResolvedAttribute, value: unknown): void {
  const { def, sub } = resolved;
  if (def.mutability === "readOnly" || sub?.mutability === "readOnly") return;
  const container = resolved.isExtension ? ((out[resolved.schemaUrn] ??= {}) as JsonObject) : out;
  if (sub) {
    // A flattened `name.givenName` key: only meaningful for single-valued complex attributes.
    if (def.multiValued) return;
    const coerced = coerceSubAttributeValue(sub, value, resolved.canonical);
    if (coerced === undefined) return;
    const target = isJsonObject(container[def.name]) ? (container[def.name] as JsonObject) : {};
    container[def.name] = { ...target, [sub.name]: coerced };
    return;
  }
  const coerced = coerceAttributeValue(def, value, resolved.canonical);
  if (coerced === undefined || (Array.isArray(coerced) && coerced.length === 0)) return;
  const existing = container[def.name];
  container[def.name] = isJsonObject(existing) && isJsonObject(coerced) ? { ...existing, ...coerced } : coerced;
}

/**
 * Ignored on input: `id`, `meta`, `schemas` (the server writes its own), `groups`, attributes or schema URNs no schema
 * defines (the Microsoft ADSCIM group URN, the malformed `...enterprise:2.0User`), and nulls / empty arrays such as
 * `roles: []`. Bare enterprise names (`department`) land in the enterprise extension. Wrong types are 400 invalidValue.
 */
export function coerceResourceBody(resourceType: ResourceType, body: unknown): JsonObject {
  if (!isJsonObject(body)) throw new ScimError(400, "invalidSyntax", "The request body must be a JSON object");
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    const schemaUrn = matchSchemaUrn(key);
    if (schemaUrn) {
      if (!extensionSchemasOf(resourceType).includes(schemaUrn)) continue;
      if (!isJsonObject(value)) throw new ScimError(400, "invalidValue", `"${schemaUrn}" must be an object`);
      for (const [attr, inner] of Object.entries(value)) {
        const resolved = resolveAttribute(resourceType, { urn: schemaUrn, attr });
        if (resolved && inner !== null && inner !== undefined) assign(out, resolved, inner);
      }
      continue;
    }
    const path = parseAttributePath(key);
    const resolved = path && resolveAttribute(resourceType, path);
    if (resolved) assign(out, resolved, value);
  }
  for (const urn of extensionSchemasOf(resourceType)) {
    if (isJsonObject(out[urn]) && Object.keys(out[urn] as JsonObject).length === 0) delete out[urn];
  }
  return out;
}

/** POST/PUT /Users body → validated user (userName required, non-empty). */
export function parseUserBody(body: unknown): TScimUser {
  return validateResource("User", coerceResourceBody("User", body));
}

/** POST/PUT /Groups body → validated group (displayName required, non-empty; members need a value). */
export function parseGroupBody(body: unknown): TScimGroup {
  return validateResource("Group", coerceResourceBody("Group", body));
}
