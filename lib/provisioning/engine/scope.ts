// Scoping (PRODUCT.md §5): is the source object effectively assigned (directly or through an assigned group, unless
// the scope is "all"), inside the mapping's scoping filters, and not deleted? Then what the job intends to do.
import { describeScopeMiss, inScopingFilters } from "@/lib/mapping/scoping-filter";
import type { SourceAttributes, TMappingDefinition } from "@/lib/mapping/types";
import type { Assignments, Intent, ObjectKind, ObjectState, ScopeResult, SourceGroupRecord, SourceUserRecord } from "./types";

type ScopeInput = { scope: "assigned" | "all"; assignments: Assignments; mapping: TMappingDefinition };

export function userAttributes(u: SourceUserRecord): SourceAttributes {
  const { groupIds: _groups, deletedAt, id: _id, ...rest } = u;
  return { ...rest, IsSoftDeleted: Boolean(deletedAt) || !u.accountEnabled };
}

export function groupAttributes(g: SourceGroupRecord): SourceAttributes {
  return { objectId: g.objectId, displayName: g.displayName, description: g.description, mailNickname: g.mailNickname, IsSoftDeleted: Boolean(g.deletedAt) };
}

export function scopeUser(user: SourceUserRecord, input: ScopeInput): ScopeResult {
  if (user.deletedAt) return { inScope: false, code: "SourceDeleted", detail: `The user was deleted from the source directory on ${user.deletedAt.toISOString()}.` };
  if (!input.mapping.user.enabled) return { inScope: false, code: "MappingDisabled", detail: "User provisioning is disabled in the mappings." };
  let how = "Scope is \"Sync all users and groups\".";
  if (input.scope === "assigned") {
    const direct = input.assignments.users.has(user.id);
    const viaGroup = user.groupIds.filter((g) => input.assignments.groups.has(g));
    if (!direct && viaGroup.length === 0) {
      return { inScope: false, code: "NotEffectivelyEntitled", detail: "The user is not assigned to the application, directly or through a group." };
    }
    how = direct ? "The user is assigned to the application." : `The user is assigned through ${viaGroup.length} assigned group(s).`;
  }
  const attrs = userAttributes(user);
  if (!inScopingFilters(input.mapping.user.scopingFilters, attrs)) {
    return { inScope: false, code: "ScopingFilter", detail: describeScopeMiss(input.mapping.user.scopingFilters, attrs) };
  }
  return { inScope: true, code: "InScope", detail: `${how} The user is in scope.` };
}

export function scopeGroup(group: SourceGroupRecord, input: ScopeInput): ScopeResult {
  if (group.deletedAt) return { inScope: false, code: "SourceDeleted", detail: `The group was deleted from the source directory on ${group.deletedAt.toISOString()}.` };
  if (!input.mapping.group.enabled) return { inScope: false, code: "MappingDisabled", detail: "Group provisioning is disabled in the mappings." };
  if (input.scope === "assigned" && !input.assignments.groups.has(group.id)) {
    return { inScope: false, code: "NotEffectivelyEntitled", detail: "The group is not assigned to the application." };
  }
  const attrs = groupAttributes(group);
  if (!inScopingFilters(input.mapping.group.scopingFilters, attrs)) {
    return { inScope: false, code: "ScopingFilter", detail: describeScopeMiss(input.mapping.group.scopingFilters, attrs) };
  }
  return { inScope: true, code: "InScope", detail: input.scope === "assigned" ? "The group is assigned to the application." : "Scope is \"Sync all users and groups\"." };
}

/**
 * In scope → provision. Deleted in the source → delete what was provisioned. Out of scope → users are disabled,
 * groups deleted (Entra has no disabled group). Nothing provisioned and out of scope → skip.
 */
export function intentFor(kind: ObjectKind, scope: ScopeResult, state: ObjectState | null, deleteAllowed: boolean): Intent {
  if (scope.inScope) return "provision";
  const provisioned = Boolean(state?.targetId) && state!.lifecycle !== "deleted";
  if (!provisioned || !deleteAllowed) return "skip";
  if (scope.code === "SourceDeleted" || kind === "group") return "delete";
  return state!.lifecycle === "active" ? "disable" : "skip";
}
