// The one-line answer for one group and one app, in plain words. Pure.
import type { ScopeResult } from "../engine/types";
import type { Prediction } from "./predict";
import { nextCyclePhrase, type AppRunFacts } from "./user-answer";

export type GroupAnswerInput = {
  name: string;
  app: AppRunFacts;
  scope: ScopeResult;
  prediction: Prediction;
  added: string[];
  removed: number;
  notProvisioned: number;
  memberCount: number;
  firstMiss: { filterName: string; attribute: string; value: string | null; words: string } | null;
};

const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;

function names(list: string[]): string {
  if (list.length <= 3) return list.join(", ");
  return `${list.slice(0, 3).join(", ")} and ${list.length - 3} more`;
}

function off(app: AppRunFacts): string {
  if (!app.isOn) return `, but provisioning of ${app.name} is Off, so nothing changes until an admin turns it On`;
  if (app.isQuarantined) return `, but ${app.name} is in quarantine, so nothing changes until an admin fixes it`;
  return "";
}

export function groupAnswer(i: GroupAnswerInput): string {
  const { app, prediction: p } = i;
  const g = `The group "${i.name}"`;
  const when = nextCyclePhrase(app);
  switch (i.scope.code) {
    case "SourceDeleted":
      return p.action === "Delete"
        ? `${g} was deleted from the identity source: ${app.name} deletes it ${when}${off(app)}.`
        : `${g} was deleted from the identity source and is not in ${app.name}.`;
    case "MappingDisabled":
      return `${app.name} does not provision groups: group provisioning is turned off in its mappings.`;
    case "NotEffectivelyEntitled":
      return p.action === "Delete"
        ? `${g} is no longer assigned to ${app.name}: ${app.name} deletes the group ${when}${off(app)}; its members keep access only if assigned another way.`
        : `${g} is not assigned to ${app.name}: its members get access only if an admin assigns the group, or them directly.`;
    case "ScopingFilter": {
      const m = i.firstMiss;
      return `${g} is assigned to ${app.name} but left out by a scoping rule${m ? `: ${m.attribute} is ${m.value === null ? "empty" : `"${m.value}"`}, and the rule "${m.filterName}" needs ${m.words}` : ""}.`;
    }
    default:
      break;
  }
  const waiting =
    i.notProvisioned > 0
      ? ` ${people(i.notProvisioned)} in it ${i.notProvisioned === 1 ? "is" : "are"} not provisioned to ${app.name} (open a person to see why).`
      : "";
  const membership = [i.added.length ? `adds ${names(i.added)}` : "", i.removed ? `removes ${people(i.removed)}` : ""]
    .filter(Boolean)
    .join(" and ");
  if (p.action === "Create")
    return `${g} is assigned to ${app.name} and is created there ${when}${membership ? `, then the cycle ${membership}` : ""}${off(app)}.${waiting}`;
  if (p.action === "Update")
    return `${g} is assigned to ${app.name}: ${when}, ${app.name} ${membership || "updates its details"}${off(app)}.${waiting}`;
  if (p.reason === "CreateNotAllowed")
    return `${g} is assigned to ${app.name}, but its mappings do not allow creating groups.`;
  if (p.reason === "MappingError")
    return `${app.name}'s group mappings cannot compute this group's values: an admin must fix the mappings.`;
  return `${g} is assigned to ${app.name} and is up to date there, with its ${people(i.memberCount - i.notProvisioned)} who are provisioned.${waiting}`;
}
