// Scoping (PRODUCT.md §5): is the source object effectively assigned (directly or through an assigned group, unless
// the scope is "all"), inside the mapping's scoping filters, and not deleted? Then what the job intends to do.
import { formatUtc } from "@/lib/console/format-date";
import { inScopingFilters, traceScopingFilters, type ScopeContext } from "@/lib/mapping/scoping-filter";
import type { SourceAttributes, TMappingDefinition, TScopingFilter, TProvisioningScope } from "@/lib/mapping/types";
import type {
  Assignments,
  Intent,
  ObjectKind,
  ObjectState,
  ScopeResult,
  SourceGroupRecord,
  SourceUserRecord,
} from "./types";

type ScopeInput = { scope: TProvisioningScope; assignments: Assignments; mapping: TMappingDefinition };

export function userAttributes(u: SourceUserRecord): SourceAttributes {
  const { groupIds: _groups, deletedAt, id: _id, ...rest } = u;
  return { ...rest, IsSoftDeleted: Boolean(deletedAt) || !u.accountEnabled };
}

export function groupAttributes(g: SourceGroupRecord): SourceAttributes {
  return {
    objectId: g.objectId,
    displayName: g.displayName,
    description: g.description,
    mailNickname: g.mailNickname,
    IsSoftDeleted: Boolean(g.deletedAt),
  };
}

/** Each clause the scoping filters evaluated and its result (filters ORed, clauses ANDed), for the Scoping step. */
function filterReport(filters: readonly TScopingFilter[], attrs: SourceAttributes, context: ScopeContext): string {
  const trace = traceScopingFilters(filters, attrs, context);
  return trace.map((t) => `[${t.filterName}] ${t.clause} (value: ${t.actual ?? "null"}) → ${t.result}`).join("; ");
}

function applyFilters(
  filters: readonly TScopingFilter[],
  attrs: SourceAttributes,
  context: ScopeContext,
  inScopeDetail: string,
): ScopeResult {
  if (filters.length === 0) return { inScope: true, code: "InScope", detail: inScopeDetail };
  const report = filterReport(filters, attrs, context);
  if (!inScopingFilters(filters, attrs, context))
    return { inScope: false, code: "ScopingFilter", detail: `No scoping filter matched. Scoping clauses: ${report}.` };
  return { inScope: true, code: "InScope", detail: `${inScopeDetail} Scoping clauses: ${report}.` };
}

export function scopeUser(user: SourceUserRecord, input: ScopeInput): ScopeResult {
  if (user.deletedAt)
    return {
      inScope: false,
      code: "SourceDeleted",
      detail: `The user was deleted from the source directory on ${formatUtc(user.deletedAt)}.`,
    };
  if (!input.mapping.user.enabled)
    return { inScope: false, code: "MappingDisabled", detail: "User provisioning is disabled in the mappings." };
  let how = 'Scope is "Sync all users and groups".';
  if (input.scope === "assigned") {
    const direct = input.assignments.users.has(user.id);
    const viaGroup = user.groupIds.filter((g) => input.assignments.groups.has(g));
    if (!direct && viaGroup.length === 0) {
      return {
        inScope: false,
        code: "NotEffectivelyEntitled",
        detail: "The user is not assigned to the application, directly or through a group.",
      };
    }
    how = direct
      ? "The user is assigned to the application."
      : `The user is assigned through ${viaGroup.length} assigned group(s).`;
  }
  return applyFilters(
    input.mapping.user.scopingFilters,
    userAttributes(user),
    { groupIds: user.groupIds },
    `${how} The user is in scope.`,
  );
}

export function scopeGroup(group: SourceGroupRecord, input: ScopeInput): ScopeResult {
  if (group.deletedAt)
    return {
      inScope: false,
      code: "SourceDeleted",
      detail: `The group was deleted from the source directory on ${formatUtc(group.deletedAt)}.`,
    };
  if (!input.mapping.group.enabled)
    return { inScope: false, code: "MappingDisabled", detail: "Group provisioning is disabled in the mappings." };
  if (input.scope === "assigned" && !input.assignments.groups.has(group.id)) {
    return { inScope: false, code: "NotEffectivelyEntitled", detail: "The group is not assigned to the application." };
  }
  const how =
    input.scope === "assigned" ? "The group is assigned to the application." : 'Scope is "Sync all users and groups".';
  return applyFilters(input.mapping.group.scopingFilters, groupAttributes(group), {}, how);
}

/**
 * In scope → provision. Deleted in the source → delete what was provisioned. Out of scope → users are disabled,
 * groups deleted (Entra has no disabled group). Nothing provisioned and out of scope → skip.
 */
export function intentFor(
  kind: ObjectKind,
  scope: ScopeResult,
  state: ObjectState | null,
  deleteAllowed: boolean,
): Intent {
  if (scope.inScope) return "provision";
  const provisioned = Boolean(state?.targetId) && state!.lifecycle !== "deleted";
  if (!provisioned || !deleteAllowed) return "skip";
  if (scope.code === "SourceDeleted" || kind === "group") return "delete";
  return state!.lifecycle === "active" ? "disable" : "skip";
}
