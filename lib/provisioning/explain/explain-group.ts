// "Why?" for a group (issue 15): per enterprise app, the engine's scope step on the group, its scoping clauses, the
// membership the next cycle adds and removes (as processGroup computes it), the last log entry, the app's status
// and a one-line answer. Read-only.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { mapsMembers } from "@/lib/mapping/evaluate-mapping";
import { lastEntryForSource, type LastEntry } from "@/lib/logs/last-entry-for-source";
import { diffMembers } from "../engine/evaluate";
import { loadAssignments, loadGroups, loadMemberTargets, loadStates } from "../engine/load-objects";
import { groupAttributes, scopeGroup } from "../engine/scope";
import type { ScopeResult } from "../engine/types";
import { listAppRunStatus, type AppRunStatus } from "./app-run-status";
import { clauseVerdicts, groupNameLookup, type ClauseVerdict } from "./explain-user";
import { isProvisioned, predict, type Prediction } from "./predict";
import { groupAnswer } from "./group-answer";

export type Member = { id: string; displayName: string; userPrincipalName: string };
export type GroupAppExplanation = {
  app: AppRunStatus;
  scope: ScopeResult;
  clauses: ClauseVerdict[];
  prediction: Prediction;
  /** Members the next cycle adds to / removes from the group in the app, and members not provisioned there. */
  membersToAdd: Member[];
  membersToRemove: string[];
  notProvisioned: Member[];
  provisioned: boolean;
  lastEntry: LastEntry | null;
  answer: string;
};
export type GroupExplanation = {
  group: { id: string; objectId: string; displayName: string; description: string | null; deleted: boolean };
  members: Member[];
  apps: GroupAppExplanation[];
};

export async function explainGroup(orgId: string, groupId: string, now = new Date()): Promise<GroupExplanation> {
  const [group] = await loadGroups(orgId, [groupId]);
  if (!group) throw new AppError("not_found", "No such group in the identity source.");
  const [apps, memberRows] = await Promise.all([
    listAppRunStatus(orgId, now),
    prisma.sourceUser.findMany({ where: { orgId, id: { in: group.memberIds } }, select: { id: true, displayName: true, userPrincipalName: true }, orderBy: { displayNameLower: "asc" } }),
  ]);
  const byId = new Map(memberRows.map((m) => [m.id, m]));
  const names = await groupNameLookup(orgId, apps);
  const attrs = groupAttributes(group);
  const explained = await Promise.all(apps.map(async (app): Promise<GroupAppExplanation> => {
    const [assignments, states, memberTargets, lastEntry] = await Promise.all([
      loadAssignments(app.id), loadStates(app.jobId, "group", [group.id]), loadMemberTargets(app.jobId, group.memberIds), lastEntryForSource(orgId, app.id, group.id),
    ]);
    const state = states.get(group.id) ?? null;
    const scope = scopeGroup(group, { scope: app.scope, assignments, mapping: app.mapping });
    const clauses = clauseVerdicts(app.mapping.group.scopingFilters, attrs, [], (id) => names.get(id) ?? id);
    const prediction = predict("group", app.mapping.group, scope, state, attrs);
    const syncsMembers = scope.inScope && mapsMembers(app.mapping.group) && prediction.reason !== "MappingError" && prediction.reason !== "CreateNotAllowed";
    // As processGroup: the desired members are the provisioned, active ones; a group not yet there has none.
    const desired = group.memberIds.flatMap((id) => (memberTargets.has(id) ? [memberTargets.get(id)!] : []));
    const { add, remove } = syncsMembers ? diffMembers(desired, isProvisioned(state) ? (state!.members ?? []) : []) : { add: [], remove: [] };
    const targetToSource = new Map([...memberTargets].map(([s, t]) => [t, s]));
    const membersToAdd = add.map((t) => byId.get(targetToSource.get(t) ?? "")).filter((m): m is Member => Boolean(m));
    const notProvisioned = memberRows.filter((m) => !memberTargets.has(m.id));
    const pending = prediction.action === "None" && (add.length > 0 || remove.length > 0) ? { ...prediction, action: "Update" as const, reason: "Update" as const } : prediction;
    const answer = groupAnswer({ name: group.displayName, app, scope, prediction: pending, added: membersToAdd.map((m) => m.displayName), removed: remove.length, notProvisioned: notProvisioned.length, memberCount: memberRows.length, firstMiss: clauses.find((c) => !c.passes) ?? null });
    return { app, scope, clauses, prediction: pending, membersToAdd, membersToRemove: remove, notProvisioned, provisioned: isProvisioned(state), lastEntry, answer };
  }));
  return {
    group: { id: group.id, objectId: group.objectId, displayName: group.displayName, description: group.description, deleted: Boolean(group.deletedAt) },
    members: memberRows,
    apps: explained,
  };
}
