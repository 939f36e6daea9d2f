// What a cycle would do to one object, without doing it: the same scope → match → evaluate steps as processUser and
// processGroup, asking the target only read-only questions (GET by id, the matching and SelectUniqueValue filters).
import { mapsMembers } from "@/lib/mapping/evaluate-mapping";
import { ScimCallError, type CallContext, type ScimTarget } from "../scim-client/scim-target";
import type { AttributeChange } from "../scim-client/dialect";
import type { ScimResource } from "../scim-client/types";
import { diffMembers, evaluateObject, modifiedProperties } from "./evaluate";
import { matchObject } from "./match";
import { lifecycleOf } from "./outcome";
import { groupAttributes, intentFor, scopeGroup, scopeUser, userAttributes } from "./scope";
import { targetUniqueness } from "./target-uniqueness";
import type { Assignments, ObjectState, SourceGroupRecord, SourceUserRecord } from "./types";
import type { TargetValues, TMappingDefinition, TProvisioningScope } from "@/lib/mapping/types";

export type PredictedAction =
  "create" | "update" | "disable" | "delete" | "unchanged" | "outOfScope" | "held" | "errors";
/** The user's place in the target after the cycle ("new" when it is created), for its groups' membership. */
export type MemberAfter = { targetId: string | null; active: boolean } | "keep";
export type Prediction = { action: PredictedAction; detail: string; after?: MemberAfter };

export type PredictContext = {
  target: ScimTarget;
  mapping: TMappingDefinition;
  scope: TProvisioningScope;
  assignments: Assignments;
  holdDeprovisions: boolean;
};

const call = (): CallContext => ({ trace: [] });
const valueList = (values: TargetValues) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(", ");
const changeList = (changes: AttributeChange[], current: ScimResource | null) =>
  modifiedProperties(changes, current)
    .map((m) => `${m.name}: ${JSON.stringify(m.oldValue)} → ${JSON.stringify(m.newValue)}`)
    .join("; ");
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The target itself cannot answer (unreachable, refused credentials, server errors): not a fact about one object. */
export function isTargetDown(error: unknown): error is ScimCallError {
  return (
    error instanceof ScimCallError &&
    (error.kind !== "http" || error.status === 401 || error.status === 403 || (error.status ?? 0) >= 500)
  );
}

export async function predictUser(
  ctx: PredictContext,
  user: SourceUserRecord,
  state: ObjectState | null,
): Promise<Prediction> {
  const scope = scopeUser(user, ctx);
  const intent = intentFor("user", scope, state, ctx.mapping.user.actions.delete);
  if (intent === "skip") return { action: "outOfScope", detail: scope.detail, after: "keep" };
  if (intent !== "provision" && ctx.holdDeprovisions)
    return {
      action: "held",
      detail: `Held: the cycle would ${intent} more objects than the threshold allows.`,
      after: "keep",
    };
  try {
    if (intent === "delete")
      return { action: "delete", detail: scope.detail, after: { targetId: null, active: false } };
    if (intent === "disable") {
      // The cycle skips a disable when the target no longer has the user.
      const current = await ctx.target.get("Users", state!.targetId!, call());
      if (!current)
        return {
          action: "unchanged",
          detail: `User ${state!.targetId} no longer exists in the target.`,
          after: { targetId: null, active: false },
        };
      return { action: "disable", detail: scope.detail, after: { targetId: state!.targetId, active: false } };
    }
    const attrs = userAttributes(user);
    const match = await matchObject(ctx.target, "Users", ctx.mapping.user, attrs, state, call());
    const current = match.resource;
    const isUnique = targetUniqueness(ctx.target, "Users", call(), current?.id ?? state?.targetId ?? null);
    const evaluation = await evaluateObject(ctx.mapping.user, attrs, current, { kind: "User", isUnique });
    if (evaluation.action === "Error") return { action: "errors", detail: evaluation.detail, after: "keep" };
    if (evaluation.action === "Create")
      return { action: "create", detail: valueList(evaluation.values), after: { targetId: "new", active: true } };
    const after: MemberAfter = current?.id
      ? { targetId: current.id, active: lifecycleOf(current, evaluation.values.active) === "active" }
      : "keep";
    if (evaluation.action === "Skip") return { action: "unchanged", detail: evaluation.detail, after };
    return {
      action: evaluation.action === "Disable" ? "disable" : "update",
      detail: changeList(evaluation.changes, current),
      after,
    };
  } catch (error) {
    if (isTargetDown(error)) throw error;
    return { action: "errors", detail: message(error), after: "keep" };
  }
}

/** `memberTargets`: each member's target id after the users' phase (as the cycle reads it then). */
export async function predictGroup(
  ctx: PredictContext,
  group: SourceGroupRecord,
  state: ObjectState | null,
  memberTargets: ReadonlyMap<string, string>,
): Promise<Prediction> {
  const scope = scopeGroup(group, ctx);
  const intent = intentFor("group", scope, state, ctx.mapping.group.actions.delete);
  if (intent === "skip") return { action: "outOfScope", detail: scope.detail };
  if (intent !== "provision" && ctx.holdDeprovisions)
    return { action: "held", detail: "Held: the cycle would delete more objects than the threshold allows." };
  if (intent !== "provision") return { action: "delete", detail: scope.detail };
  try {
    const attrs = groupAttributes(group);
    const match = await matchObject(ctx.target, "Groups", ctx.mapping.group, attrs, state, call());
    const current = match.resource;
    const isUnique = targetUniqueness(ctx.target, "Groups", call(), current?.id ?? state?.targetId ?? null);
    const evaluation = await evaluateObject(ctx.mapping.group, attrs as Parameters<typeof evaluateObject>[1], current, {
      kind: "Group",
      isUnique,
    });
    if (evaluation.action === "Error") return { action: "errors", detail: evaluation.detail };
    if (evaluation.action === "Create") return { action: "create", detail: valueList(evaluation.values) };
    if (evaluation.action === "Skip" && !current?.id) return { action: "unchanged", detail: evaluation.detail };
    if (evaluation.action !== "Skip") return { action: "update", detail: changeList(evaluation.changes, current) };
    if (!current) return { action: "unchanged", detail: evaluation.detail };
    if (!mapsMembers(ctx.mapping.group)) return { action: "unchanged", detail: evaluation.detail };
    // A group matched afresh (not by the stored id) has no membership the job knows about.
    const known = state?.targetId && current.id === state.targetId ? (state.members ?? []) : [];
    const desired = group.memberIds.flatMap((id) => (memberTargets.has(id) ? [memberTargets.get(id)!] : []));
    const { add, remove } = diffMembers(desired, known);
    if (add.length + remove.length === 0)
      return { action: "unchanged", detail: "The target already holds the group's attributes and members." };
    return { action: "update", detail: `Membership: ${add.length} to add, ${remove.length} to remove.` };
  } catch (error) {
    if (isTargetDown(error)) throw error;
    return { action: "errors", detail: message(error) };
  }
}
