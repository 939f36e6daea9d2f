// One group through the pipeline. Groups are created without members (E14), then members are added and removed
// in batches of several per PATCH (E18, E19); renames are a Replace of displayName (E17).
import { mapsMembers } from "@/lib/mapping/evaluate-mapping";
import { attributesPatch, batches, groupCreateBody, membersPatch } from "../scim-client/dialect";
import { ScimCallError, type CallContext } from "../scim-client/scim-target";
import type { ScimResource } from "../scim-client/types";
import { diffMembers, evaluateObject, modifiedProperties } from "./evaluate";
import { addStep, finishLog, startLog } from "./log-draft";
import { matchByAttributes, matchObject } from "./match";
import { baseState, failed, settled, skipped, staged, type OpenLog } from "./outcome";
import { groupAttributes, intentFor, scopeGroup } from "./scope";
import { evaluationFailed } from "./evaluation-failed";
import { targetUniqueness } from "./target-uniqueness";
import type { CycleContext, ModifiedProperty, ObjectState, Outcome, SourceGroupRecord } from "./types";

const listIds = (ids: string[]) =>
  ids.length > 20 ? `${ids.slice(0, 20).join(", ")} … (${ids.length} in all)` : ids.join(", ");

export async function processGroup(
  ctx: CycleContext,
  group: SourceGroupRecord,
  state: ObjectState | null,
  memberTargets: ReadonlyMap<string, string>,
): Promise<Outcome> {
  const log = startLog("Group", {
    id: group.id,
    identity: group.displayName,
    displayName: group.displayName,
    objectId: group.objectId,
  });
  const call: CallContext = { requestId: log.changeId, trace: log.requests };
  addStep(
    log,
    "Import",
    "Success",
    `Retrieved group ${group.displayName} (objectId ${group.objectId}) with ${group.memberIds.length} member(s) from the source directory.`,
  );
  const scope = scopeGroup(group, ctx);
  addStep(log, "Scoping", scope.inScope ? "Success" : "Skipped", scope.detail);
  const intent = intentFor("group", scope, state, ctx.mapping.group.actions.delete);
  let known = baseState("group", group.id, state);
  let step: "Matching" | "Action" = "Action";
  try {
    if (intent === "skip")
      return skipped("group", log, state, "Nothing to do: the group is out of scope and not provisioned.");
    if (intent !== "provision" && ctx.holdDeprovisions) return staged("group", log, known, "delete");
    if (intent !== "provision") {
      addStep(
        log,
        "Evaluation",
        "Success",
        `The group is ${scope.code === "SourceDeleted" ? "deleted in the source" : "out of scope"}: it will be deleted in the target.`,
      );
      log.action = "Delete";
      const result = await ctx.target.remove("Groups", known.targetId!, call);
      addStep(
        log,
        "Action",
        "Success",
        result === "deleted"
          ? `Deleted group ${known.targetId} in the target.`
          : `Group ${known.targetId} was already gone from the target.`,
      );
      return {
        kind: "group",
        log: finishLog(log, { action: "Delete", status: "Success", targetId: known.targetId }),
        state: settled(known, { lifecycle: "deleted", targetId: null, members: [] }),
        tally: "deleted",
      };
    }
    step = "Matching";
    const attrs = groupAttributes(group);
    const match = await matchObject(ctx.target, "Groups", ctx.mapping.group, attrs, state, call);
    addStep(log, "Matching", "Success", match.detail);
    step = "Action";
    // A group matched afresh (not by the stored id) has no membership this job knows about.
    if (!state?.targetId || match.resource?.id !== state.targetId) known = { ...known, members: [] };
    const result = await syncAttributes(ctx, log, call, known, attrs, match.resource);
    if (result.outcome) return result.outcome;
    known = result.state!;
    const members = await syncMembers(ctx, log, call, known, group, memberTargets);
    known = members.state;
    const changed = result.action !== "Other" || members.added + members.removed > 0;
    const action = result.action === "Other" && changed ? "Update" : result.action;
    if (!changed) addStep(log, "Action", "Skipped", "The target already holds the group's attributes and members.");
    return {
      kind: "group",
      log: finishLog(log, {
        action,
        status: changed ? "Success" : "Skipped",
        targetId: known.targetId,
        modified: [...result.modified, ...members.modified],
      }),
      state: settled(known, {}),
      tally: action === "Create" ? "created" : changed ? "updated" : "skipped",
      members: { added: members.added, removed: members.removed },
    };
  } catch (error) {
    return failed("group", log, error, step, (error as { partialState?: ObjectState }).partialState ?? known, group.id);
  }
}

type AttributeResult = {
  action: "Create" | "Update" | "Other";
  modified: ModifiedProperty[];
  state?: ObjectState;
  outcome?: Outcome;
};

async function syncAttributes(
  ctx: CycleContext,
  log: OpenLog,
  call: CallContext,
  known: ObjectState,
  attrs: Record<string, unknown>,
  current: ScimResource | null,
): Promise<AttributeResult> {
  const source = attrs as Parameters<typeof evaluateObject>[1];
  const isUnique = targetUniqueness(ctx.target, "Groups", call, current?.id ?? known.targetId);
  const evaluation = await evaluateObject(ctx.mapping.group, source, current, { kind: "Group", isUnique });
  if (evaluation.action === "Error")
    throw evaluationFailed(evaluation, "Fix the group attribute mappings of this app.");
  addStep(log, "Evaluation", "Success", evaluation.detail);
  if (evaluation.action === "Skip") {
    if (!current?.id) return { action: "Other", modified: [], outcome: skipped("group", log, null, evaluation.detail) };
    return {
      action: "Other",
      modified: [],
      state: { ...known, targetId: current.id, lifecycle: "active", exported: evaluation.values },
    };
  }
  if (evaluation.action === "Create") {
    log.action = "Create";
    try {
      const created = await ctx.target.create("Groups", groupCreateBody(evaluation.values), call);
      addStep(log, "Action", "Success", `Created group ${created.id} in the target (without members).`);
      const modified = Object.entries(evaluation.values).map(([name, v]) => ({
        name,
        oldValue: null,
        newValue: String(v),
      }));
      return {
        action: "Create",
        modified,
        state: { ...known, targetId: created.id!, lifecycle: "active", exported: evaluation.values, members: [] },
      };
    } catch (error) {
      if (!(error instanceof ScimCallError) || error.status !== 409) throw error;
      const again = await matchByAttributes(ctx.target, "Groups", ctx.mapping.group, source, call);
      if (!again.resource) throw error;
      addStep(log, "Matching", "Success", `The create answered 409 Conflict. ${again.detail}`);
      return syncAttributes(ctx, log, call, { ...known, members: [] }, attrs, again.resource);
    }
  }
  log.action = "Update";
  const modified = modifiedProperties(evaluation.changes, current);
  await ctx.target.patch("Groups", current!.id!, attributesPatch(ctx.target.dialect, evaluation.changes), call);
  addStep(log, "Action", "Success", `Updated ${evaluation.changes.length} attribute(s) of group ${current!.id}.`);
  return {
    action: "Update",
    modified,
    state: { ...known, targetId: current!.id!, lifecycle: "active", exported: evaluation.values },
  };
}

async function syncMembers(
  ctx: CycleContext,
  log: OpenLog,
  call: CallContext,
  known: ObjectState,
  group: SourceGroupRecord,
  memberTargets: ReadonlyMap<string, string>,
) {
  if (!mapsMembers(ctx.mapping.group))
    return { state: known, added: 0, removed: 0, modified: [] as ModifiedProperty[] };
  const desired = group.memberIds.flatMap((id) => (memberTargets.has(id) ? [memberTargets.get(id)!] : []));
  const applied = new Set(known.members ?? []);
  const { add, remove } = diffMembers(desired, [...applied]);
  const modified: ModifiedProperty[] = [];
  if (add.length) modified.push({ name: "members (added)", oldValue: null, newValue: listIds(add) });
  if (remove.length) modified.push({ name: "members (removed)", oldValue: listIds(remove), newValue: null });
  const withMembers = (): ObjectState => ({ ...known, members: [...applied].sort() });
  try {
    for (const batch of batches(add, ctx.memberBatchSize)) {
      await ctx.target.patch("Groups", known.targetId!, membersPatch(ctx.target.dialect, "add", batch), call);
      for (const id of batch) applied.add(id);
    }
    for (const batch of batches(remove, ctx.memberBatchSize)) {
      await ctx.target.patch("Groups", known.targetId!, membersPatch(ctx.target.dialect, "remove", batch), call);
      for (const id of batch) applied.delete(id);
    }
  } catch (error) {
    throw Object.assign(error as object, { partialState: withMembers() });
  }
  if (add.length || remove.length) {
    addStep(
      log,
      "Action",
      "Success",
      `Membership: ${add.length} added, ${remove.length} removed, in ${Math.ceil(add.length / ctx.memberBatchSize) + Math.ceil(remove.length / ctx.memberBatchSize)} request(s).`,
    );
  }
  return { state: withMembers(), added: add.length, removed: remove.length, modified };
}
