// Dry-run preview of a mapping or scope change (PRODUCT.md §6, beyond Entra): what the next cycle would create,
// update, disable and delete under a candidate definition, with examples. Reads the source directory and the
// job's object state (what was exported last); never calls the target.
import { prisma } from "@/lib/db/client";
import { findApp } from "@/lib/provisioning/apps/find-app";
import { loadAssignments, loadGroups, loadStates, loadUsers } from "@/lib/provisioning/engine/load-objects";
import { groupAttributes, intentFor, scopeGroup, scopeUser, userAttributes } from "@/lib/provisioning/engine/scope";
import type { ObjectState } from "@/lib/provisioning/engine/types";
import { evaluateMapping } from "./evaluate-mapping";
import type { SourceAttributes, TargetValues, TMappingDefinition, TObjectMapping } from "./types";
import { readJobScope } from "@/lib/mapping/version-snapshot";

export type PreviewAction = "create" | "update" | "disable" | "delete";
export type PreviewExample = { kind: "user" | "group"; name: string; detail: string };
export type MappingPreview = {
  counts: Record<PreviewAction, number> & { unchanged: number; errors: number };
  examples: Record<PreviewAction | "errors", PreviewExample[]>;
  scanned: { users: number; groups: number };
};

const EXAMPLES = 5;
const LIMIT = 20_000;

function changedAttributes(values: TargetValues, exported: TargetValues | null): string[] {
  if (!exported) return Object.keys(values);
  return Object.entries(values).filter(([k, v]) => String(exported[k] ?? "") !== String(v)).map(([k, v]) => `${k}: ${JSON.stringify(exported[k] ?? null)} → ${JSON.stringify(v)}`);
}

type Classified = { action: PreviewAction | "unchanged" | "errors"; detail: string };

export function classify(kind: "user" | "group", mapping: TObjectMapping, scope: ReturnType<typeof scopeUser>, state: ObjectState | null, attrs: SourceAttributes): Classified {
  const intent = intentFor(kind, scope, state, mapping.actions.delete);
  if (intent === "disable" || intent === "delete") return { action: intent, detail: scope.detail };
  if (intent === "skip") return { action: "unchanged", detail: scope.detail };
  const provisioned = Boolean(state?.targetId) && state!.lifecycle !== "deleted";
  const { values, errors } = evaluateMapping(mapping, attrs, { forCreate: !provisioned });
  if (errors.length) return { action: "errors", detail: errors.join(" ") };
  if (!provisioned) return mapping.actions.create ? { action: "create", detail: Object.entries(values).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ") } : { action: "unchanged", detail: "Create is not allowed." };
  const changes = changedAttributes(values, state!.exported);
  if (state!.lifecycle === "disabled") changes.push("re-enabled");
  if (changes.length === 0 || !mapping.actions.update) return { action: "unchanged", detail: "" };
  return { action: "update", detail: changes.join("; ") };
}

export async function previewMapping(orgId: string, appRef: string, definition: TMappingDefinition): Promise<MappingPreview> {
  const app = await findApp(orgId, appRef);
  const assignments = await loadAssignments(app.id);
  const input = { scope: readJobScope(app.job.scope), assignments, mapping: definition };
  const preview: MappingPreview = {
    counts: { create: 0, update: 0, disable: 0, delete: 0, unchanged: 0, errors: 0 },
    examples: { create: [], update: [], disable: [], delete: [], errors: [] },
    scanned: { users: 0, groups: 0 },
  };
  const add = (kind: "user" | "group", name: string, c: Classified) => {
    preview.counts[c.action]++;
    if (c.action !== "unchanged" && preview.examples[c.action].length < EXAMPLES) preview.examples[c.action].push({ kind, name, detail: c.detail });
  };
  const userIds = (await prisma.sourceUser.findMany({ where: { orgId }, select: { id: true }, orderBy: { userPrincipalName: "asc" }, take: LIMIT })).map((u) => u.id);
  for (let i = 0; i < userIds.length; i += 500) {
    const ids = userIds.slice(i, i + 500);
    const [users, states] = await Promise.all([loadUsers(orgId, ids), loadStates(app.job.id, "user", ids)]);
    for (const u of users) add("user", u.userPrincipalName, classify("user", definition.user, scopeUser(u, input), states.get(u.id) ?? null, userAttributes(u)));
    preview.scanned.users += users.length;
  }
  const groupIds = (await prisma.sourceGroup.findMany({ where: { orgId }, select: { id: true }, orderBy: { displayName: "asc" }, take: LIMIT })).map((g) => g.id);
  for (let i = 0; i < groupIds.length; i += 500) {
    const ids = groupIds.slice(i, i + 500);
    const [groups, states] = await Promise.all([loadGroups(orgId, ids), loadStates(app.job.id, "group", ids)]);
    for (const g of groups) add("group", g.displayName, classify("group", definition.group, scopeGroup(g, input), states.get(g.id) ?? null, groupAttributes(g)));
    preview.scanned.groups += groups.length;
  }
  return preview;
}
