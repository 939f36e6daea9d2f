// Applies canonical PATCH operations to a SCIM resource as served (plain JSON) and reports membership changes.
// API: applyPatch(resourceType, resource, operations) → { resource, changed, members? }; patchResource(type, resource, body).
import { findKey } from "./attribute-paths";
import { deepEqual, isJsonObject, type JsonObject } from "./json";
import { applyDeltaToMembers, applyMemberOperation, emptyMemberDelta } from "./patch-members";
import { addElements, applyFiltered, keepSinglePrimary, removeElements, setSubOnAll } from "./patch-multi-valued";
import { normalizePatchRequest } from "./patch-normalize";
import type { PatchOperation, PatchResult } from "./patch-types";
import { validateResource } from "./resource-zod";
import { extensionSchemasOf, resolveAttribute, type ResolvedAttribute, type ResourceType } from "./schema-registry";

/** The object holding the attribute (the resource or its extension object), with the attribute key made canonical. */
function containerFor(resource: JsonObject, op: PatchOperation, name: string): JsonObject | undefined {
  let container = resource;
  if (op.path.urn) {
    const key = findKey(resource, op.path.urn) ?? op.path.urn;
    if (!isJsonObject(resource[key])) {
      if (op.op === "remove") return undefined;
      resource[key] = {};
    }
    container = resource[key] as JsonObject;
  }
  const existing = findKey(container, name);
  if (existing !== undefined && existing !== name) {
    container[name] = container[existing];
    delete container[existing];
  }
  return container;
}

function setOrDelete(container: JsonObject, name: string, value: unknown): void {
  const empty =
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (isJsonObject(value) && Object.keys(value).length === 0);
  if (empty) delete container[name];
  else container[name] = value;
}

function applyMultiValued(container: JsonObject, resolved: ResolvedAttribute, op: PatchOperation): void {
  const { def } = resolved;
  const current = container[def.name];
  const list = Array.isArray(current) ? current : current === undefined || current === null ? [] : [current];
  const values = Array.isArray(op.value) ? op.value : op.value === undefined ? [] : [op.value];
  const sub = op.path.sub;
  let next: unknown[];
  if (op.path.filter) next = applyFiltered(def, list, op);
  else if (sub && op.op === "remove") {
    next = list.map((e) => (isJsonObject(e) ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== sub)) : e));
  } else if (sub) next = setSubOnAll(def, list, sub, op.value);
  else if (op.op === "remove") next = op.value === undefined ? [] : removeElements(def, list, values);
  else if (op.op === "add") next = addElements(def, list, values);
  else {
    next = values;
    keepSinglePrimary(next, []);
  }
  setOrDelete(
    container,
    def.name,
    next.filter((e) => !(isJsonObject(e) && Object.keys(e).length === 0)),
  );
}

function applyOne(resource: JsonObject, resolved: ResolvedAttribute, op: PatchOperation): void {
  const { def } = resolved;
  const container = containerFor(resource, op, def.name);
  if (!container) return;
  if (def.multiValued) return applyMultiValued(container, resolved, op);
  const current = isJsonObject(container[def.name]) ? (container[def.name] as JsonObject) : {};
  const sub = op.path.sub;
  if (op.op === "remove") {
    if (!sub) delete container[def.name];
    else setOrDelete(container, def.name, Object.fromEntries(Object.entries(current).filter(([k]) => k !== sub)));
    return;
  }
  // add on a single-valued attribute is a replace; a complex value is merged (unnamed sub-attributes are kept).
  if (sub) container[def.name] = { ...current, [sub]: op.value };
  else if (def.type === "complex") container[def.name] = { ...current, ...(op.value as JsonObject) };
  else container[def.name] = op.value;
}

function tidyExtensions(resourceType: ResourceType, resource: JsonObject): void {
  for (const urn of extensionSchemasOf(resourceType)) {
    const key = findKey(resource, urn);
    if (key === undefined) continue;
    const ext = resource[key];
    if (isJsonObject(ext) && Object.keys(ext).length === 0) {
      delete resource[key];
      if (Array.isArray(resource.schemas)) resource.schemas = resource.schemas.filter((s) => s !== urn);
    } else if (Array.isArray(resource.schemas) && !resource.schemas.includes(urn)) {
      resource.schemas = [...resource.schemas, urn];
    }
  }
}

/**
 * Works on a copy. For Groups, `members` operations go to `members` (a MemberDelta for SQL) and, only when the
 * given resource carries a `members` array, are applied to it too. The result is validated (userName/displayName
 * must survive) and a violation is 400 invalidValue.
 */
export function applyPatch(
  resourceType: ResourceType,
  resource: JsonObject,
  operations: PatchOperation[],
): PatchResult {
  const next = structuredClone(resource);
  const members = resourceType === "Group" ? emptyMemberDelta() : undefined;
  for (const op of operations) {
    if (members && !op.path.urn && op.path.attr === "members") {
      applyMemberOperation(members, op);
      continue;
    }
    const resolved = resolveAttribute(resourceType, op.path);
    if (resolved) applyOne(next, resolved, op);
  }
  if (members && Array.isArray(next.members)) next.members = applyDeltaToMembers(next.members, members);
  tidyExtensions(resourceType, next);
  validateResource(resourceType, next);
  const membersChanged = Boolean(members && (members.removeAll || members.add.length || members.remove.length));
  return { resource: next, changed: membersChanged || !deepEqual(resource, next), ...(members ? { members } : {}) };
}

/** normalizePatchRequest + applyPatch in one call, for handlers that do not need the ignored list. */
export function patchResource(resourceType: ResourceType, resource: JsonObject, body: unknown): PatchResult {
  return applyPatch(resourceType, resource, normalizePatchRequest(resourceType, body).operations);
}
