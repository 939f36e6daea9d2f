// Renaming a target attribute in the editable attribute list (Edit attribute list): the list entry and every
// attribute mapping that targets it (matching attributes included) move to the new name together.
import { targetAttributesOf } from "./target-attributes";
import { targetAttributeNameError } from "./target-attribute-name";
import type { TObjectMapping } from "./types";

export type RenameResult = { ok: true; mapping: TObjectMapping } | { ok: false; error: string };

export function renameTargetAttribute(
  mapping: TObjectMapping,
  kind: "user" | "group",
  from: string,
  to: string,
): RenameResult {
  const list = targetAttributesOf(mapping, kind);
  if (!list.some((a) => a.name === from)) return { ok: false, error: `"${from}" is not in the target attribute list.` };
  // The engine syncs group membership through the "members" Reference mapping by that name.
  if (kind === "group" && from === "members")
    return { ok: false, error: "members carries group membership; it cannot be renamed." };
  const name = to.trim();
  if (name === from) return { ok: true, mapping };
  const error = targetAttributeNameError(
    name,
    list.filter((a) => a.name !== from).map((a) => a.name),
  );
  if (error) return { ok: false, error };
  return {
    ok: true,
    mapping: {
      ...mapping,
      targetAttributes: list.map((a) => (a.name === from ? { ...a, name } : a)),
      attributes: mapping.attributes.map((a) => (a.target === from ? { ...a, target: name } : a)),
    },
  };
}
