// "Why?" for a group (issue 15): per enterprise app, the engine's scope step on the group, its scoping clauses, the
// membership the next cycle adds and removes (as processGroup computes it), the last log entry, the app's status
// and a one-line answer. Read-only.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { mapsMembers } from "@/lib/mapping/evaluate-mapping";
import { lastEntryForSource, type LastEntry } from "@/lib/logs/last-entry-for-source";
import { loadAssignments, loadGroups, loadMemberTargets, loadStates, loadUsers } from "../engine/load-objects";
import { groupAttributes, scopeGroup, scopeUser, userAttributes } from "../engine/scope";
import type { Assignments, ScopeResult } from "../engine/types";
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
  /** Target ids of the members the next cycle removes. */
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
    prisma.sourceUser.findMany({
      where: { orgId, id: { in: group.memberIds } },
      select: { id: true, displayName: true, userPrincipalName: true },
      orderBy: { displayNameLower: "asc" },
    }),
  ]);
  const byId = new Map(memberRows.map((m) => [m.id, m]));
  const names = await groupNameLookup(orgId, apps);
  const attrs = groupAttributes(group);
  const explained = await Promise.all(
    apps.map(async (app): Promise<GroupAppExplanation> => {
      const [assignments, states, memberTargets, lastEntry] = await Promise.all([
        loadAssignments(app.id),
        loadStates(app.jobId, "group", [group.id]),
        loadMemberTargets(app.jobId, group.memberIds),
        lastEntryForSource(orgId, app.id, group.id),
      ]);
      const state = states.get(group.id) ?? null;
      const scope = scopeGroup(group, { scope: app.scope, assignments, mapping: app.mapping });
      const clauses = clauseVerdicts(app.mapping.group.scopingFilters, attrs, [], (id) => names.get(id) ?? id);
      const prediction = predict("group", app.mapping.group, scope, state, attrs);
      const syncsMembers =
        scope.inScope &&
        mapsMembers(app.mapping.group) &&
        prediction.reason !== "MappingError" &&
        prediction.reason !== "CreateNotAllowed";
      const { add, remove } = syncsMembers
        ? await membershipChanges(
            app,
            assignments,
            group.memberIds,
            memberTargets,
            isProvisioned(state) ? (state!.members ?? []) : [],
            orgId,
          )
        : { add: [], remove: [] };
      const membersToAdd = add.map((id) => byId.get(id)).filter((m): m is Member => Boolean(m));
      const notProvisioned = memberRows.filter((m) => !memberTargets.has(m.id));
      const pending =
        prediction.action === "None" && (add.length > 0 || remove.length > 0)
          ? { ...prediction, action: "Update" as const, reason: "Update" as const }
          : prediction;
      const answer = groupAnswer({
        name: group.displayName,
        app,
        scope,
        prediction: pending,
        added: membersToAdd.map((m) => m.displayName),
        removed: remove.length,
        notProvisioned: notProvisioned.length,
        memberCount: memberRows.length,
        firstMiss: clauses.find((c) => !c.passes) ?? null,
      });
      return {
        app,
        scope,
        clauses,
        prediction: pending,
        membersToAdd,
        membersToRemove: remove,
        notProvisioned,
        provisioned: isProvisioned(state),
        lastEntry,
        answer,
      };
    }),
  );
  return {
    group: {
      id: group.id,
      objectId: group.objectId,
      displayName: group.displayName,
      description: group.description,
      deleted: Boolean(group.deletedAt),
    },
    members: memberRows,
    apps: explained,
  };
}

/**
 * The membership the group phase of the next cycle sends: it runs after the users, so its desired members are the
 * members active in the target once each member's own prediction has played out (created, kept, disabled). A member
 * whose last attempt failed is not counted in: the cycle retries them, and adds them only if that succeeds.
 * Adds are source ids, removes target ids (what processGroup diffs).
 */
async function membershipChanges(
  app: AppRunStatus,
  assignments: Assignments,
  memberIds: string[],
  memberTargets: ReadonlyMap<string, string>,
  exported: string[],
  orgId: string,
) {
  const [users, states] = await Promise.all([loadUsers(orgId, memberIds), loadStates(app.jobId, "user", memberIds)]);
  const input = { scope: app.scope, assignments, mapping: app.mapping };
  const have = new Set(exported);
  const desired = new Set<string>();
  const add: string[] = [];
  for (const u of users) {
    if (u.deletedAt) continue;
    const state = states.get(u.id) ?? null;
    const p = predict("user", app.mapping.user, scopeUser(u, input), state, userAttributes(u));
    const target = memberTargets.get(u.id);
    const activeAfter = target
      ? p.action !== "Disable" && p.action !== "Delete"
      : (p.action === "Create" && !state?.lastError) ||
        (isProvisioned(state) &&
          p.action === "Update" &&
          p.changes.some((c) => c.path === "active" && c.to === "True"));
    if (!activeAfter) continue;
    if (target) desired.add(target);
    if (!target || !have.has(target)) add.push(u.id);
  }
  return { add, remove: exported.filter((t) => !desired.has(t)).sort() };
}
