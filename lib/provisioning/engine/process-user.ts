// One user through the pipeline: import → scope → match → evaluate → act → log.
import type { TargetValues } from "@/lib/mapping/types";
import { attributesPatch, userCreateBody } from "../scim-client/dialect";
import { ScimCallError, type CallContext } from "../scim-client/scim-target";
import type { ScimResource } from "../scim-client/types";
import { evaluateObject, modifiedProperties } from "./evaluate";
import { addStep, finishLog, startLog } from "./log-draft";
import { matchByAttributes, matchObject } from "./match";
import { baseState, failed, lifecycleOf, settled, skipped, staged, type OpenLog } from "./outcome";
import { intentFor, scopeUser, userAttributes } from "./scope";
import { evaluationFailed } from "./evaluation-failed";
import { targetUniqueness } from "./target-uniqueness";
import type { CycleContext, ObjectState, Outcome, SourceUserRecord } from "./types";

export async function processUser(
  ctx: CycleContext,
  user: SourceUserRecord,
  state: ObjectState | null,
): Promise<Outcome> {
  const log = startLog("User", {
    id: user.id,
    identity: user.userPrincipalName,
    displayName: user.displayName,
    objectId: user.objectId,
    mail: user.mail,
  });
  const call: CallContext = { requestId: log.changeId, trace: log.requests };
  addStep(
    log,
    "Import",
    "Success",
    `Retrieved user ${user.userPrincipalName} (objectId ${user.objectId}) from the source directory${user.accountEnabled ? "" : "; the account is disabled"}.`,
  );
  const scope = scopeUser(user, ctx);
  addStep(log, "Scoping", scope.inScope ? "Success" : "Skipped", scope.detail);
  const intent = intentFor("user", scope, state, ctx.mapping.user.actions.delete);
  let step: "Matching" | "Action" = "Action";
  try {
    if (intent === "skip")
      return skipped(
        "user",
        log,
        state,
        state?.targetId
          ? "Nothing to do: the user is out of scope and not active in the target."
          : "Nothing to do: the user is out of scope and was never provisioned.",
      );
    const known = baseState("user", user.id, state);
    if (intent !== "provision" && ctx.holdDeprovisions)
      return withGroups(staged("user", log, known, intent), user, state);
    if (intent === "disable") return withGroups(await disableUser(ctx, log, call, known), user, state);
    if (intent === "delete") return withGroups(await deleteUser(ctx, log, call, known), user, state);
    step = "Matching";
    const attrs = userAttributes(user);
    const match = await matchObject(ctx.target, "Users", ctx.mapping.user, attrs, state, call);
    addStep(log, "Matching", "Success", match.detail);
    step = "Action";
    return withGroups(await provision(ctx, log, call, user, known, match.resource), user, state);
  } catch (error) {
    return failed("user", log, error, step, state, user.id);
  }
}

async function provision(
  ctx: CycleContext,
  log: OpenLog,
  call: CallContext,
  user: SourceUserRecord,
  known: ObjectState,
  current: ScimResource | null,
): Promise<Outcome> {
  const attrs = userAttributes(user);
  const isUnique = targetUniqueness(ctx.target, "Users", call, current?.id ?? known.targetId);
  const evaluation = await evaluateObject(ctx.mapping.user, attrs, current, { kind: "User", isUnique });
  if (evaluation.action === "Error")
    throw evaluationFailed(evaluation, "Fix the attribute mappings of this app (Mappings on the provisioning page).");
  addStep(log, "Evaluation", "Success", evaluation.detail);
  if (evaluation.action === "Skip") {
    const next = current?.id
      ? settled(known, {
          targetId: current.id,
          lifecycle: lifecycleOf(current, evaluation.values.active),
          exported: evaluation.values,
        })
      : known;
    return skipped("user", log, current?.id ? next : null, evaluation.detail.replace(/:.*$/, "."));
  }
  if (evaluation.action === "Create") {
    log.action = "Create";
    let created: ScimResource;
    try {
      created = await ctx.target.create("Users", userCreateBody(evaluation.values), call);
    } catch (error) {
      if (!(error instanceof ScimCallError) || error.status !== 409) throw error;
      // Created by an interrupted earlier attempt, or by someone else: match it instead of failing.
      const again = await matchByAttributes(ctx.target, "Users", ctx.mapping.user, attrs, call);
      if (!again.resource) throw error;
      addStep(log, "Matching", "Success", `The create answered 409 Conflict. ${again.detail}`);
      return provision(ctx, log, call, user, known, again.resource);
    }
    addStep(log, "Action", "Success", `Created user ${created.id} in the target.`);
    const modified = Object.entries(evaluation.values).map(([name, v]) => ({
      name,
      oldValue: null,
      newValue: String(v),
    }));
    return done(
      log,
      "Create",
      "created",
      settled(known, {
        targetId: created.id!,
        lifecycle: lifecycleOf(created, evaluation.values.active),
        exported: evaluation.values,
      }),
      modified,
    );
  }
  log.action = evaluation.action;
  const modified = modifiedProperties(evaluation.changes, current);
  await ctx.target.patch("Users", current!.id!, attributesPatch(ctx.target.dialect, evaluation.changes), call);
  addStep(
    log,
    "Action",
    "Success",
    `Updated ${evaluation.changes.length} attribute(s) of user ${current!.id} in the target.`,
  );
  const next = settled(known, {
    targetId: current!.id!,
    lifecycle: lifecycleOf(current, evaluation.values.active),
    exported: evaluation.values as TargetValues,
  });
  return done(log, evaluation.action, evaluation.action === "Disable" ? "disabled" : "updated", next, modified);
}

async function disableUser(ctx: CycleContext, log: OpenLog, call: CallContext, known: ObjectState): Promise<Outcome> {
  addStep(
    log,
    "Evaluation",
    "Success",
    "The user is provisioned and active in the target: it will be disabled (active=false).",
  );
  log.action = "Disable";
  try {
    await ctx.target.patch(
      "Users",
      known.targetId!,
      attributesPatch(ctx.target.dialect, [{ path: "active", value: false, existed: true }]),
      call,
    );
  } catch (error) {
    if (!(error instanceof ScimCallError) || error.status !== 404) throw error;
    return skipped(
      "user",
      log,
      settled(known, { lifecycle: "deleted", targetId: null }),
      `User ${known.targetId} no longer exists in the target: nothing to disable.`,
    );
  }
  addStep(log, "Action", "Success", `Disabled user ${known.targetId} in the target.`);
  return done(log, "Disable", "disabled", settled(known, { lifecycle: "disabled" }), [
    { name: "active", oldValue: "True", newValue: "False" },
  ]);
}

async function deleteUser(ctx: CycleContext, log: OpenLog, call: CallContext, known: ObjectState): Promise<Outcome> {
  addStep(log, "Evaluation", "Success", "The user was deleted in the source: it will be deleted in the target.");
  log.action = "Delete";
  const result = await ctx.target.remove("Users", known.targetId!, call);
  addStep(
    log,
    "Action",
    "Success",
    result === "deleted"
      ? `Deleted user ${known.targetId} in the target.`
      : `User ${known.targetId} was already gone from the target.`,
  );
  return done(log, "Delete", "deleted", settled(known, { lifecycle: "deleted", targetId: null }), [], known.targetId);
}

function done(
  log: OpenLog,
  action: "Create" | "Update" | "Disable" | "Delete",
  tally: Outcome["tally"],
  state: ObjectState,
  modified: Outcome["log"]["modifiedProperties"],
  targetId = state.targetId,
): Outcome {
  return { kind: "user", log: finishLog(log, { action, status: "Success", targetId, modified }), state, tally };
}

/** A user that appears in or disappears from the target changes the membership of its groups there. */
function withGroups(outcome: Outcome, user: SourceUserRecord, before: ObjectState | null): Outcome {
  const wasActive = Boolean(before?.targetId) && before!.lifecycle === "active";
  const isActive = Boolean(outcome.state?.targetId) && outcome.state!.lifecycle === "active";
  if (wasActive !== isActive || before?.targetId !== outcome.state?.targetId)
    return { ...outcome, affectsGroups: user.groupIds };
  return outcome;
}
