// What changed between two mapping versions, as readable lines for version history: attribute mappings keyed
// by target attribute, settings, target attribute list, scoping filters, and the provisioning scope.
import { clauseText } from "./scoping-filter";
import { targetAttributesOf } from "./target-attributes";
import {
  SCOPE_LABELS,
  type TAttributeMapping,
  type TMappingDefinition,
  type TMappingSnapshot,
  type TObjectMapping,
} from "./types";

/** object: the user or group mapping, or "settings" for the provisioning scope. */
export type DiffLine = {
  kind: "added" | "removed" | "changed";
  object: "user" | "group" | "settings";
  what: string;
  before?: string;
  after?: string;
};

export function describeMapping(a: TAttributeMapping): string {
  const from =
    a.type === "Direct"
      ? `[${a.source ?? ""}]`
      : a.type === "Constant"
        ? `"${a.constant ?? ""}"`
        : a.type === "Expression"
          ? (a.expression ?? "")
          : "(none)";
  const extras = [
    a.defaultValue ? `default "${a.defaultValue}"` : "",
    a.matching ? `matching #${a.matchingPrecedence ?? 1}` : "",
    a.apply === "OnCreate" ? "only during creation" : "",
  ].filter(Boolean);
  return `${a.type} ${from} → ${a.target}${extras.length ? ` (${extras.join(", ")})` : ""}`;
}

function filtersText(m: TObjectMapping): string[] {
  return m.scopingFilters.map((f, i) => `${f.name || `Filter ${i + 1}`}: ${f.clauses.map(clauseText).join(" AND ")}`);
}

/** Target attributes renamed in the list: same position, a name that left the list replaced by one that is new. */
function renamedTargets(object: "user" | "group", a: TObjectMapping, b: TObjectMapping): Map<string, string> {
  const renames = new Map<string, string>();
  const la = targetAttributesOf(a, object);
  const lb = targetAttributesOf(b, object);
  if (la.length !== lb.length) return renames;
  const na = new Set(la.map((t) => t.name));
  const nb = new Set(lb.map((t) => t.name));
  la.forEach((t, i) => {
    const next = lb[i]!.name;
    if (t.name !== next && !nb.has(t.name) && !na.has(next)) renames.set(t.name, next);
  });
  return renames;
}

function diffTargetList(
  object: "user" | "group",
  a: TObjectMapping,
  b: TObjectMapping,
  renames: Map<string, string>,
  out: DiffLine[],
): void {
  // Compared as they take effect: an absent list is the default list.
  const la = targetAttributesOf(a, object);
  const lb = targetAttributesOf(b, object);
  if (JSON.stringify(la) === JSON.stringify(lb)) return;
  const na = new Set(la.map((t) => t.name));
  const nb = new Set(lb.map((t) => t.name));
  const added = [...nb].filter((n) => !na.has(n) && ![...renames.values()].includes(n));
  const removed = [...na].filter((n) => !nb.has(n) && !renames.has(n));
  const after = [
    ...[...renames].map(([from, to]) => `renamed ${from} → ${to}`),
    ...(added.length ? [`added ${added.join(", ")}`] : []),
  ];
  out.push({
    kind: "changed",
    object,
    what: "Target attribute list",
    before: removed.length ? `removed ${removed.join(", ")}` : undefined,
    after: after.length ? after.join("; ") : "attribute properties changed",
  });
}

function diffObject(object: "user" | "group", a: TObjectMapping, b: TObjectMapping, out: DiffLine[]): void {
  if (a.enabled !== b.enabled)
    out.push({ kind: "changed", object, what: "Enabled", before: String(a.enabled), after: String(b.enabled) });
  for (const action of ["create", "update", "delete"] as const) {
    if (a.actions[action] !== b.actions[action])
      out.push({
        kind: "changed",
        object,
        what: `Target object action ${action}`,
        before: String(a.actions[action]),
        after: String(b.actions[action]),
      });
  }
  // A mapping whose target attribute was renamed is the same mapping: compare it under its new name.
  const renames = renamedTargets(object, a, b);
  const before = new Map(a.attributes.map((m) => [renames.get(m.target) ?? m.target, m]));
  const after = new Map(b.attributes.map((m) => [m.target, m]));
  for (const [target, m] of before) {
    const next = after.get(target);
    if (!next) out.push({ kind: "removed", object, what: m.target, before: describeMapping(m) });
    else if (describeMapping(m) !== describeMapping(next) || JSON.stringify(m) !== JSON.stringify(next)) {
      out.push({ kind: "changed", object, what: target, before: describeMapping(m), after: describeMapping(next) });
    }
  }
  for (const [target, m] of after)
    if (!before.has(target)) out.push({ kind: "added", object, what: target, after: describeMapping(m) });
  const fa = filtersText(a);
  const fb = filtersText(b);
  for (const f of fa) if (!fb.includes(f)) out.push({ kind: "removed", object, what: "Scoping filter", before: f });
  for (const f of fb) if (!fa.includes(f)) out.push({ kind: "added", object, what: "Scoping filter", after: f });
  diffTargetList(object, a, b, renames, out);
}

export function diffDefinitions(a: TMappingDefinition, b: TMappingDefinition): DiffLine[] {
  const out: DiffLine[] = [];
  diffObject("user", a.user, b.user, out);
  diffObject("group", a.group, b.group, out);
  return out;
}

/** diffDefinitions plus the scope; a version that recorded no scope (saved before it was versioned) shows no scope change. */
export function diffVersions(a: TMappingSnapshot, b: TMappingSnapshot): DiffLine[] {
  const out = diffDefinitions(a.definition, b.definition);
  if (a.scope && b.scope && a.scope !== b.scope)
    out.unshift({
      kind: "changed",
      object: "settings",
      what: "Scope",
      before: SCOPE_LABELS[a.scope],
      after: SCOPE_LABELS[b.scope],
    });
  return out;
}
