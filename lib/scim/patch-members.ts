// Group membership PATCH operations turned into a MemberDelta, so the repository never has to load all members.
// API: emptyMemberDelta(), applyMemberOperation(delta, op), applyDeltaToMembers(members, delta).
import { ScimError } from "./errors";
import type { FilterNode } from "./filter-ast";
import { isJsonObject } from "./json";
import type { MemberDelta, PatchOperation } from "./patch-types";

export function emptyMemberDelta(): MemberDelta {
  return { removeAll: false, remove: [], add: [] };
}

/** Member ids named by `value eq "id"` filters joined with `or`; undefined for any other filter shape. */
function idsFromFilter(filter: FilterNode): string[] | undefined {
  if (filter.kind === "or") {
    const parts = filter.children.map(idsFromFilter);
    return parts.every(Boolean) ? (parts.flat() as string[]) : undefined;
  }
  if (filter.kind !== "compare" || filter.op !== "eq" || filter.path.attr.toLowerCase() !== "value") return undefined;
  const v = filter.value;
  if (v.type === "string") return [v.value];
  return v.type === "number" ? [v.raw] : undefined;
}

/** Ids from a coerced members value: `[{value}]` (the `$ref`/`display`/`type` of each entry are ignored). */
function idsFromValue(value: unknown, text: string): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((item, i) => {
    const id = isJsonObject(item) ? item.value : undefined;
    if (typeof id !== "string" || !id.trim()) {
      throw new ScimError(400, "invalidValue", `${text}: member ${i} has no "value" (the member id)`);
    }
    return id;
  });
}

function add(delta: MemberDelta, id: string): void {
  delta.remove = delta.remove.filter((x) => x !== id);
  if (!delta.add.includes(id)) delta.add.push(id);
}

function remove(delta: MemberDelta, id: string): void {
  delta.add = delta.add.filter((x) => x !== id);
  if (!delta.remove.includes(id)) delta.remove.push(id);
}

/**
 * add: the listed ids (idempotent). remove with a value list (legacy Entra) or `members[value eq "id"]`: only those;
 * remove without either: every member. replace: every member, then the listed ids (with a filter: only the matched
 * ones are replaced). Operations on member sub-attributes (`members[...].display`) change nothing stored and are skipped.
 */
export function applyMemberOperation(delta: MemberDelta, op: PatchOperation): void {
  const { path } = op;
  if (path.sub) return;
  const filterIds = path.filter ? idsFromFilter(path.filter) : undefined;
  if (path.filter && !filterIds) {
    throw new ScimError(
      400,
      "invalidPath",
      `Invalid path "${path.text}": members can only be selected with value eq "id"`,
    );
  }
  if (op.op === "remove") {
    if (filterIds) filterIds.forEach((id) => remove(delta, id));
    else if (op.value !== undefined) idsFromValue(op.value, path.text).forEach((id) => remove(delta, id));
    else Object.assign(delta, { removeAll: true, remove: [], add: [] });
    return;
  }
  const ids = idsFromValue(op.value, path.text);
  if (op.op === "replace") {
    if (filterIds) filterIds.forEach((id) => remove(delta, id));
    else Object.assign(delta, { removeAll: true, remove: [], add: [] });
  }
  ids.forEach((id) => add(delta, id));
}

/** The member list after the delta, for callers that hold the full list (e.g. tests, small groups). */
export function applyDeltaToMembers(members: unknown[], delta: MemberDelta): unknown[] {
  const idOf = (m: unknown) => (isJsonObject(m) ? m.value : undefined);
  const kept = delta.removeAll ? [] : members.filter((m) => !delta.remove.includes(idOf(m) as string));
  const present = new Set(kept.map(idOf));
  return [...kept, ...delta.add.filter((id) => !present.has(id)).map((value) => ({ value }))];
}
