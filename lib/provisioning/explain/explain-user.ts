// "Why?" for a person (issue 15): for each enterprise app, the engine's own import → scope step on this person
// (assignment, each scoping clause with its value and verdict), what the next cycle will do, the last log entry,
// the app's status, and a one-line answer. Read-only; the cycle runs the same functions, so the two agree.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { traceScopingFilters } from "@/lib/mapping/scoping-filter";
import { lastEntryForSource, type LastEntry } from "@/lib/logs/last-entry-for-source";
import { loadAssignments, loadStates, loadUsers } from "../engine/load-objects";
import { scopeUser, userAttributes } from "../engine/scope";
import type { ObjectState, ScopeResult } from "../engine/types";
import { listAppRunStatus, type AppRunStatus } from "./app-run-status";
import { clauseWords, firstName, attributeLabel } from "./plain-words";
import { isProvisioned, predict, type Prediction } from "./predict";
import { userAnswer, type ClauseMiss } from "./user-answer";

export type ClauseVerdict = {
  filterName: string;
  clause: string;
  words: string;
  attribute: string;
  value: string | null;
  passes: boolean;
};
export type UserAppExplanation = {
  app: AppRunStatus;
  scope: ScopeResult;
  assignedVia: { direct: boolean; groups: { id: string; name: string }[]; everyone: boolean };
  clauses: ClauseVerdict[];
  prediction: Prediction;
  state: Pick<ObjectState, "targetId" | "lifecycle" | "lastError" | "failures"> | null;
  lastEntry: LastEntry | null;
  verdict: Verdict;
  answer: string;
};
/** The person's standing in one app at a glance. */
export type Verdict = "failing" | "pending" | "has-account" | "disabled" | "no-account";
export type UserExplanation = {
  person: {
    id: string;
    objectId: string;
    displayName: string;
    userPrincipalName: string;
    mail: string | null;
    department: string | null;
    accountEnabled: boolean;
    deleted: boolean;
  };
  groups: { id: string; name: string }[];
  apps: UserAppExplanation[];
};

export function clauseVerdicts(
  filters: AppRunStatus["mapping"]["user"]["scopingFilters"],
  attrs: Parameters<typeof traceScopingFilters>[1],
  groupIds: string[],
  groupName: (id: string) => string,
): ClauseVerdict[] {
  const trace = traceScopingFilters(filters, attrs, { groupIds });
  const clauses = filters.flatMap((f) => f.clauses);
  return trace.map((t, i) => {
    const c = clauses[i]!;
    const member = c.operator.endsWith("MEMBER OF");
    const labelled = member ? { ...c, label: c.label ?? groupName(c.value ?? "") } : c;
    return {
      filterName: t.filterName,
      clause: t.clause,
      words: clauseWords(labelled),
      attribute: member ? "groups" : attributeLabel(c.attribute),
      value: member ? groupIds.map(groupName).join(", ") || null : t.actual,
      passes: t.result,
    };
  });
}

function firstMiss(verdicts: ClauseVerdict[]): ClauseMiss | null {
  const miss = verdicts.find((v) => !v.passes);
  return miss ? { filterName: miss.filterName, attribute: miss.attribute, value: miss.value, needs: miss.words } : null;
}

export async function explainUser(orgId: string, userId: string, now = new Date()): Promise<UserExplanation> {
  const [user] = await loadUsers(orgId, [userId]);
  if (!user) throw new AppError("not_found", "No such person in the identity source.");
  const [apps, groupRows] = await Promise.all([
    listAppRunStatus(orgId, now),
    prisma.sourceGroup.findMany({
      where: { orgId, id: { in: user.groupIds } },
      select: { id: true, displayName: true },
      orderBy: { displayNameLower: "asc" },
    }),
  ]);
  const groupNames = new Map(groupRows.map((g) => [g.id, g.displayName]));
  const clauseGroupNames = await groupNameLookup(orgId, apps);
  const name = firstName(user.displayName, user.givenName);
  const attrs = userAttributes(user);
  const explained = await Promise.all(
    apps.map(async (app): Promise<UserAppExplanation> => {
      const [assignments, states, lastEntry] = await Promise.all([
        loadAssignments(app.id),
        loadStates(app.jobId, "user", [user.id]),
        lastEntryForSource(orgId, app.id, user.id),
      ]);
      const state = states.get(user.id) ?? null;
      const scope = scopeUser(user, { scope: app.scope, assignments, mapping: app.mapping });
      const viaGroups = user.groupIds
        .filter((g) => assignments.groups.has(g))
        .map((id) => ({ id, name: groupNames.get(id) ?? id }));
      const assignedVia = { direct: assignments.users.has(user.id), groups: viaGroups, everyone: app.scope === "all" };
      const clauses = clauseVerdicts(
        app.mapping.user.scopingFilters,
        attrs,
        user.groupIds,
        (id) => clauseGroupNames.get(id) ?? groupNames.get(id) ?? id,
      );
      const prediction = predict("user", app.mapping.user, scope, state, attrs);
      const failing = Boolean(state?.lastError) && lastEntry?.status === "Failure";
      const answer = userAnswer({
        name,
        upn: user.userPrincipalName,
        app,
        scope,
        prediction,
        assignedVia: { ...assignedVia, groups: viaGroups.map((g) => g.name) },
        firstMiss: firstMiss(clauses),
        lifecycle: isProvisioned(state) ? state!.lifecycle : null,
        lastFailure: failing
          ? { code: lastEntry!.errorCode, reason: lastEntry!.errorReason, recommendation: lastEntry!.recommendation }
          : null,
      });
      const verdict: Verdict = failing
        ? "failing"
        : prediction.action !== "None"
          ? "pending"
          : !isProvisioned(state)
            ? "no-account"
            : state!.lifecycle === "active"
              ? "has-account"
              : "disabled";
      return {
        app,
        scope,
        assignedVia,
        clauses,
        prediction,
        lastEntry,
        answer,
        verdict,
        state: state
          ? {
              targetId: state.targetId,
              lifecycle: state.lifecycle,
              lastError: state.lastError,
              failures: state.failures,
            }
          : null,
      };
    }),
  );
  return {
    person: {
      id: user.id,
      objectId: user.objectId,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      mail: user.mail,
      department: user.department,
      accountEnabled: user.accountEnabled,
      deleted: Boolean(user.deletedAt),
    },
    groups: groupRows.map((g) => ({ id: g.id, name: g.displayName })),
    // Apps the person has anything to do with (assigned, provisioned, logged) first; the rest after, by name.
    apps: [...explained].sort((a, b) => Number(isUnrelated(a)) - Number(isUnrelated(b))),
  };
}

function isUnrelated(a: UserAppExplanation): boolean {
  return a.scope.code === "NotEffectivelyEntitled" && a.verdict === "no-account" && !a.lastEntry;
}

/** Names of the groups that MEMBER OF clauses name (their value is a group id), for the clause sentences. */
export async function groupNameLookup(orgId: string, apps: AppRunStatus[]): Promise<Map<string, string>> {
  const ids = apps.flatMap((a) =>
    [...a.mapping.user.scopingFilters, ...a.mapping.group.scopingFilters].flatMap((f) =>
      f.clauses.filter((c) => c.operator.endsWith("MEMBER OF")).map((c) => c.value ?? ""),
    ),
  );
  if (ids.length === 0) return new Map();
  const rows = await prisma.sourceGroup.findMany({
    where: { orgId, id: { in: ids } },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
