// What the next cycle will do with one object, from the engine's own scope result and intent and the mapping's
// values against what the job exported last (the target is not called). Pure; explain-user/explain-group use it.
import { evaluateMapping } from "@/lib/mapping/evaluate-mapping";
import type { SourceAttributes, TargetValues, TObjectMapping } from "@/lib/mapping/types";
import { intentFor } from "../engine/scope";
import type { ObjectKind, ObjectState, ScopeResult } from "../engine/types";
import { attributeLabel } from "./plain-words";

export type PredictedAction = "Create" | "Update" | "Disable" | "Delete" | "None";
export type PredictionReason =
  | "OutOfScopeNeverProvisioned"
  | "OutOfScopeAlreadyOff"
  | "CreateNotAllowed"
  | "DisabledInSource"
  | "UpToDate"
  | "UpdateNotAllowed"
  | "MappingError"
  | "Create"
  | "Update"
  | "Disable"
  | "Delete";
export type AttributeChange = { path: string; label: string; from: string | null; to: string };
export type Prediction = {
  action: PredictedAction;
  reason: PredictionReason;
  changes: AttributeChange[];
  errors: string[];
};

const text = (v: unknown): string | null =>
  v === null || v === undefined || v === "" ? null : typeof v === "boolean" ? (v ? "True" : "False") : String(v);

/** The mapped values that differ from what the job last exported (what a PATCH of this cycle would carry). */
export function changedValues(values: TargetValues, exported: TargetValues | null): AttributeChange[] {
  return Object.entries(values)
    .filter(([path, v]) => text(exported?.[path]) !== text(v))
    .map(([path, v]) => ({ path, label: attributeLabel(path), from: text(exported?.[path]), to: text(v) ?? "" }));
}

export function isProvisioned(state: ObjectState | null): boolean {
  return Boolean(state?.targetId) && state!.lifecycle !== "deleted";
}

/** Mirrors processUser/processGroup: the engine's intent, then evaluateObject's rules (no create of a disabled user). */
export function predict(
  kind: ObjectKind,
  mapping: TObjectMapping,
  scope: ScopeResult,
  state: ObjectState | null,
  attrs: SourceAttributes,
): Prediction {
  const none = (reason: PredictionReason, changes: AttributeChange[] = [], errors: string[] = []): Prediction => ({
    action: "None",
    reason,
    changes,
    errors,
  });
  const intent = intentFor(kind, scope, state, mapping.actions.delete);
  if (intent === "skip") return none(isProvisioned(state) ? "OutOfScopeAlreadyOff" : "OutOfScopeNeverProvisioned");
  if (intent === "disable")
    return {
      action: "Disable",
      reason: "Disable",
      changes: [{ path: "active", label: attributeLabel("active"), from: "True", to: "False" }],
      errors: [],
    };
  if (intent === "delete") return { action: "Delete", reason: "Delete", changes: [], errors: [] };
  const provisioned = isProvisioned(state);
  const { values, errors } = evaluateMapping(mapping, attrs, { forCreate: !provisioned });
  if (errors.length) return none("MappingError", [], errors);
  if (!provisioned) {
    if (!mapping.actions.create) return none("CreateNotAllowed");
    if (kind === "user" && values.active === false) return none("DisabledInSource");
    return { action: "Create", reason: "Create", changes: changedValues(values, null), errors: [] };
  }
  const changes = changedValues(values, state!.exported);
  if (state!.lifecycle === "disabled" && !changes.some((c) => c.path === "active") && values.active !== false) {
    changes.push({ path: "active", label: attributeLabel("active"), from: "False", to: "True" });
  }
  if (changes.length === 0) return none("UpToDate");
  if (!mapping.actions.update) return none("UpdateNotAllowed", changes);
  const disabling = changes.some((c) => c.path === "active" && c.to === "False");
  return { action: disabling ? "Disable" : "Update", reason: disabling ? "Disable" : "Update", changes, errors: [] };
}
