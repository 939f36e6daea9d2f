// PATCH semantics for multi-valued attributes (emails, phoneNumbers, addresses, roles, ...), in memory.
// API: addElements(), removeElements(), applyFiltered(), setSubOnAll(), keepSinglePrimary().
import { ScimError } from "./errors";
import type { FilterNode } from "./filter-ast";
import { matchesFilter, type EvaluateOptions } from "./filter-evaluate";
import { deepEqual, isJsonObject, type JsonObject } from "./json";
import type { PatchOperation } from "./patch-types";
import type { AttrDef } from "./schema-attribute";
import { findAttribute } from "./schema-registry";

const hasPrimary = (def: AttrDef) => Boolean(findAttribute(def.subAttributes, "primary"));
const isEmpty = (v: unknown) => isJsonObject(v) && Object.keys(v).length === 0;

function describeIn(def: AttrDef): EvaluateOptions {
  return {
    describe: (p) => {
      const sub = findAttribute(def.subAttributes, p.attr);
      return sub && { caseExact: sub.caseExact, type: sub.type };
    },
  };
}

function sameElement(def: AttrDef, a: unknown, b: unknown): boolean {
  const valueDef = findAttribute(def.subAttributes, "value");
  if (!valueDef || !isJsonObject(a) || !isJsonObject(b) || typeof a.value !== "string" || typeof b.value !== "string") {
    return deepEqual(a, b);
  }
  const fold = (s: string) => (valueDef.caseExact ? s : s.toLowerCase());
  return fold(a.value) === fold(b.value);
}

/** RFC 7643 §2.4: at most one element is primary; the preferred (just written) elements win. */
export function keepSinglePrimary(elements: unknown[], preferred: unknown[]): void {
  const primaries = elements.filter((e) => isJsonObject(e) && e.primary === true);
  if (primaries.length < 2) return;
  const winner = primaries.find((e) => preferred.includes(e)) ?? primaries[0];
  for (const e of primaries) if (e !== winner) (e as JsonObject).primary = false;
}

/** add: an element equal on `value` (and on `type` when the new one has one) is merged, anything else appended. */
export function addElements(def: AttrDef, existing: unknown[], values: unknown[]): unknown[] {
  const out = [...existing];
  const written: unknown[] = [];
  for (const value of values) {
    const match = out.find(
      (e) =>
        sameElement(def, e, value) &&
        (!isJsonObject(value) || value.type === undefined || (isJsonObject(e) && e.type === value.type)),
    );
    if (match && isJsonObject(match) && isJsonObject(value)) Object.assign(match, value);
    else if (!match) out.push(value);
    written.push(match ?? value);
  }
  keepSinglePrimary(out, written);
  return out;
}

/** Legacy remove with a value list: drops the elements equal on `value` (or wholly equal when there is no `value`). */
export function removeElements(def: AttrDef, existing: unknown[], values: unknown[]): unknown[] {
  return existing.filter((e) => !values.some((v) => sameElement(def, e, v)));
}

/** `emails.value` without a filter: every element; an empty list gets one new (primary) element. */
export function setSubOnAll(def: AttrDef, existing: unknown[], sub: string, value: unknown): unknown[] {
  if (existing.length === 0) {
    const element: JsonObject = { [sub]: value };
    if (hasPrimary(def) && sub !== "primary") element.primary = true;
    return [element];
  }
  return existing.map((e) => (isJsonObject(e) ? { ...e, [sub]: value } : e));
}

/** The element a filter describes when it is `a eq x` or `a eq x and b eq y` (rule 4: create when missing). */
function templateFrom(filter: FilterNode, def: AttrDef): JsonObject | undefined {
  if (filter.kind === "and") {
    const parts = filter.children.map((c) => templateFrom(c, def));
    return parts.every(Boolean) ? Object.assign({}, ...parts) : undefined;
  }
  if (filter.kind !== "compare" || filter.op !== "eq" || filter.value.type === "null") return undefined;
  const sub = findAttribute(def.subAttributes, filter.path.attr);
  if (!sub) return undefined;
  const v = filter.value;
  if (sub.type === "boolean") return v.type === "boolean" ? { [sub.name]: v.value } : undefined;
  return { [sub.name]: v.type === "string" ? v.value : v.raw };
}

/**
 * `attr[filter]` and `attr[filter].sub`. remove: matched elements (or their sub-attribute) go; nothing matched is a
 * no-op. add/replace: the sub-attribute is set on every match, or a value object merged into it; with no match the
 * element is created from the filter (`{type:"work", value}`, primary when it is the first), else 400 noTarget.
 */
export function applyFiltered(def: AttrDef, existing: unknown[], op: PatchOperation): unknown[] {
  const { filter, sub, text } = op.path;
  const options = describeIn(def);
  const matches = existing.filter(
    (e) => isJsonObject(e) && matchesFilter(filter as FilterNode, e, options),
  ) as JsonObject[];
  if (op.op === "remove") {
    if (!sub) return existing.filter((e) => !matches.includes(e as JsonObject));
    for (const m of matches) delete m[sub];
    return existing.filter((e) => !isEmpty(e));
  }
  const patch: JsonObject = sub ? { [sub]: op.value } : (op.value as JsonObject);
  if (matches.length > 0) {
    for (const m of matches) Object.assign(m, patch);
    if (patch.primary === true) keepSinglePrimary(existing, matches);
    return existing;
  }
  const template = templateFrom(filter as FilterNode, def);
  if (!template) throw new ScimError(400, "noTarget", `No ${def.name} value matches "${text}"`);
  const element: JsonObject = { ...template, ...patch };
  if (existing.length === 0 && hasPrimary(def) && element.primary === undefined) element.primary = true;
  const out = [...existing, element];
  keepSinglePrimary(out, [element]);
  return out;
}
