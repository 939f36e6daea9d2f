// The one-line answer for one person and one app, in plain words: why they have access or not, and who must do
// what. Pure: explain-user.ts gathers the facts from the engine's own scope, state and log.
import type { ScopeResult } from "../engine/types";
import type { Prediction } from "./predict";
import { formatWhen } from "./plain-words";

export type AppRunFacts = {
  name: string;
  isOn: boolean;
  quarantineReason: string | null;
  isQuarantined: boolean;
  nextRunAt: Date | null;
};
export type ClauseMiss = { filterName: string; attribute: string; value: string | null; needs: string };
export type UserAnswerInput = {
  name: string;
  upn: string;
  app: AppRunFacts;
  scope: ScopeResult;
  assignedVia: { direct: boolean; groups: string[]; everyone: boolean };
  firstMiss: ClauseMiss | null;
  prediction: Prediction;
  lifecycle: "active" | "disabled" | "deleted" | null;
  lastFailure: { code: string | null; reason: string | null; recommendation: string | null } | null;
};

const quoted = (items: string[]) => items.map((g) => `"${g}"`).join(items.length === 2 ? " and " : ", ");

export function assignmentPhrase(via: UserAnswerInput["assignedVia"]): string {
  if (via.everyone) return "because the app provisions everyone";
  if (via.direct) return "directly";
  return `through the group${via.groups.length > 1 ? "s" : ""} ${quoted(via.groups)}`;
}

export function nextCyclePhrase(app: AppRunFacts): string {
  return app.nextRunAt ? `in the next cycle (${formatWhen(app.nextRunAt)})` : "when provisioning runs again";
}

/** Why nothing will happen for now although something is pending. */
function blocker(app: AppRunFacts): string {
  if (!app.isOn) return `, but provisioning of ${app.name} is Off, so nothing changes until an admin turns it On`;
  if (app.isQuarantined)
    return `, but ${app.name} is in quarantine${app.quarantineReason ? ` (${app.quarantineReason.replace(/\.$/, "")})` : ""}, so nothing changes until an admin fixes it`;
  return "";
}

function failurePhrase(i: UserAnswerInput, verb: string): string {
  const f = i.lastFailure!;
  const domain = i.upn.includes("@") ? i.upn.slice(i.upn.indexOf("@") + 1) : null;
  if (domain && f.reason && /verified domain/i.test(f.reason)) {
    return `${i.app.name} refused ${i.name} because ${domain} is not a verified domain of the organization it provisions into: an admin must verify ${domain} there, or keep ${domain} people out of ${i.app.name}`;
  }
  const reason = (f.reason ?? "the target refused the request").replace(/\.$/, "");
  return `The last attempt to ${verb} ${i.name} in ${i.app.name} failed (${reason}); it is retried ${nextCyclePhrase(i.app)}. ${f.recommendation ?? ""}`.trim();
}

function changesPhrase(p: Prediction): string {
  const shown = p.changes.filter((c) => c.path !== "active").slice(0, 3);
  if (shown.length === 0)
    return p.changes.some((c) => c.to === "True") ? "account is enabled again" : "details changed";
  return shown.map((c) => `${c.label} changed${c.from !== null ? ` from "${c.from}"` : ""} to "${c.to}"`).join(", ");
}

export function userAnswer(i: UserAnswerInput): string {
  const { name, app, prediction: p } = i;
  const when = nextCyclePhrase(app);
  const end = (s: string) => `${s}.`;
  switch (i.scope.code) {
    case "SourceDeleted":
      return end(
        p.action === "Delete"
          ? `${name} was deleted from the identity source: ${app.name} deletes the account ${when}${blocker(app)}`
          : `${name} was deleted from the identity source, so ${name} has no account in ${app.name}`,
      );
    case "MappingDisabled":
      return end(
        `${app.name} does not provision people at all: user provisioning is turned off in its mappings, and an admin must turn it on`,
      );
    case "NotEffectivelyEntitled": {
      const base = `${name} is not assigned to ${app.name}, directly or through a group`;
      if (p.action === "Disable")
        return end(
          `${base}: ${app.name} disables the account ${when}${blocker(app)}; to keep access an admin must assign them or one of their groups`,
        );
      if (p.reason === "OutOfScopeAlreadyOff")
        return end(`${base}, so the account there is disabled: an admin must assign them or one of their groups`);
      return end(`${base}: an admin must assign them or one of their groups`);
    }
    case "ScopingFilter": {
      const m = i.firstMiss;
      const why = m
        ? `${m.attribute} is ${m.value === null ? "empty" : `"${m.value}"`}, and the rule "${m.filterName}" needs ${m.needs}`
        : "no scoping rule matches";
      const base = `${name} is assigned to ${app.name} but left out by a scoping rule: ${why}`;
      if (p.action === "Disable") return end(`${base}; ${app.name} disables the account ${when}${blocker(app)}`);
      if (p.reason === "OutOfScopeAlreadyOff") return end(`${base}, so the account there is disabled`);
      return end(`${base}, so ${app.name} does not provision them`);
    }
    default:
      break;
  }
  const how = assignmentPhrase(i.assignedVia);
  if (i.lastFailure && p.action !== "None")
    return end(`${failurePhrase(i, p.action === "Create" ? "create" : "update")}${blocker(app)}`.replace(/\.$/, ""));
  switch (p.reason) {
    case "DisabledInSource":
      return end(
        `${name}'s account is disabled in the identity source, so ${app.name} does not create it: an admin must enable the account first`,
      );
    case "Disable":
      return end(
        `${name}'s account is disabled in the identity source: ${app.name} disables it too ${when}${blocker(app)}`,
      );
    case "Create":
      return end(`${name} is assigned to ${app.name} ${how} and is created there ${when}${blocker(app)}`);
    case "Update":
      return end(
        `${name}'s ${changesPhrase(p)} in the identity source: ${app.name} gets the change ${when}${blocker(app)}`,
      );
    case "CreateNotAllowed":
      return end(
        `${name} is assigned to ${app.name} ${how}, but its mappings do not allow creating accounts: an admin must allow Create in the mappings`,
      );
    case "UpdateNotAllowed":
      return end(
        `${name}'s ${changesPhrase(p)}, but ${app.name}'s mappings do not allow updates: an admin must allow Update in the mappings`,
      );
    case "MappingError":
      return end(
        `${app.name}'s mappings cannot compute ${name}'s values (${p.errors.join(" ").replace(/\.$/, "")}): an admin must fix the mappings`,
      );
    default:
      if (i.lifecycle === "disabled")
        return end(
          `${name}'s account is disabled in the identity source, so it is disabled in ${app.name} too: an admin must enable it in the identity source`,
        );
      return end(`${name} has access to ${app.name} (assigned ${how}) and the account there is up to date`);
  }
}
