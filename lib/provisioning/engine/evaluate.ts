// Evaluation: compare what the mapping wants with what the target holds and choose the action. Pure but for
// `isUnique`, through which SelectUniqueValue asks the target on create.
import {
  evaluateMapping,
  evaluateMappingForTarget,
  isUniqueValueMapping,
  type TargetUniqueness,
} from "@/lib/mapping/evaluate-mapping";
import type { SourceAttributes, TargetValues, TObjectMapping } from "@/lib/mapping/types";
import type { AttributeChange } from "../scim-client/dialect";
import { readTargetValue, sameValue } from "../scim-client/resource-paths";
import type { ScimResource } from "../scim-client/types";
import type { ModifiedProperty } from "./types";

export type Evaluation =
  | { action: "Create"; values: TargetValues; detail: string }
  | { action: "Update" | "Disable"; changes: AttributeChange[]; values: TargetValues; detail: string }
  | { action: "Skip"; reason: string; values: TargetValues; detail: string }
  | { action: "Error"; errors: string[]; detail: string; noUniqueValue: boolean };

export function diffValues(desired: TargetValues, current: ScimResource): AttributeChange[] {
  const changes: AttributeChange[] = [];
  for (const [path, value] of Object.entries(desired)) {
    const now = readTargetValue(current, path);
    if (!sameValue(now, value)) changes.push({ path, value, existed: now !== undefined });
  }
  return changes;
}

export function modifiedProperties(changes: AttributeChange[], current: ScimResource | null): ModifiedProperty[] {
  return changes.map((c) => {
    const old = current ? readTargetValue(current, c.path) : undefined;
    return { name: c.path, oldValue: old === undefined ? null : String(old), newValue: String(c.value) };
  });
}

/** For users: disabled in the source and absent from the target is not created (nothing to deprovision later).
 *  `isUnique` is asked only on create, and only for SelectUniqueValue mappings. */
export async function evaluateObject(
  mapping: TObjectMapping,
  source: SourceAttributes,
  current: ScimResource | null,
  { kind, isUnique }: { kind: "User" | "Group"; isUnique: TargetUniqueness },
): Promise<Evaluation> {
  if (!current) {
    // Decide with the first SelectUniqueValue candidates whether anything is created before asking the target.
    const plain = evaluateMapping(mapping, source, { forCreate: true });
    if (plain.errors.length)
      return { action: "Error", errors: plain.errors, detail: plain.errors.join(" "), noUniqueValue: false };
    if (!mapping.actions.create)
      return {
        action: "Skip",
        reason: "CreateNotAllowed",
        values: plain.values,
        detail: `No ${kind.toLowerCase()} matched in the target, and Create is not a target object action in the mappings.`,
      };
    if (kind === "User" && plain.values.active === false) {
      return {
        action: "Skip",
        reason: "DisabledInSource",
        values: plain.values,
        detail: "The user is disabled in the source and does not exist in the target: nothing to create.",
      };
    }
    // Without SelectUniqueValue the first evaluation is the answer; the target is only asked when there is one.
    const create = (values: TargetValues, note = ""): Evaluation => ({
      action: "Create",
      values,
      detail: `No ${kind.toLowerCase()} matched in the target: it will be created with ${Object.keys(values).length} attributes.${note}`,
    });
    if (!mapping.attributes.some(isUniqueValueMapping)) return create(plain.values);
    const { values, errors, notes, exhausted } = await evaluateMappingForTarget(mapping, source, {
      forCreate: true,
      isUnique,
    });
    if (errors.length)
      return { action: "Error", errors, detail: errors.join(" "), noUniqueValue: exhausted.length > 0 };
    return create(values, notes.length ? ` SelectUniqueValue: ${notes.join("; ")}.` : "");
  }
  // SelectUniqueValue is not evaluated on update (the target keeps its value), so the target is not asked here.
  const { values, errors } = evaluateMapping(mapping, source, { forCreate: false });
  if (errors.length) return { action: "Error", errors, detail: errors.join(" "), noUniqueValue: false };
  const changes = diffValues(values, current);
  if (changes.length === 0)
    return {
      action: "Skip",
      reason: "NoChange",
      values,
      detail: "The target already holds every mapped value: nothing to update.",
    };
  if (!mapping.actions.update)
    return {
      action: "Skip",
      reason: "UpdateNotAllowed",
      values,
      detail: `${changes.length} attribute(s) differ, but Update is not a target object action in the mappings.`,
    };
  const disabling = changes.some((c) => c.path === "active" && c.value === false);
  return {
    action: disabling ? "Disable" : "Update",
    changes,
    values,
    detail: `${changes.length} attribute(s) differ: ${changes.map((c) => c.path).join(", ")}.`,
  };
}

/** Membership to add and remove: desired target ids versus those this job added before. */
export function diffMembers(
  desired: readonly string[],
  exported: readonly string[],
): { add: string[]; remove: string[] } {
  const want = new Set(desired);
  const have = new Set(exported);
  return {
    add: [...want].filter((id) => !have.has(id)).sort(),
    remove: [...have].filter((id) => !want.has(id)).sort(),
  };
}
