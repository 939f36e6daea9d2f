// Translates a filter tree into a Prisma `where` for OrgUser / OrgGroup, always scoped to the organization.
// API: filterToWhere(resourceType, orgId, filter?) → PrismaWhere; userFilterToWhere(orgId, f?), groupFilterToWhere(orgId, f?).
import { formatAttrPath, type AttrPath } from "@/lib/scim/attribute-paths";
import { ScimError } from "@/lib/scim/errors";
import type { CompareOp, CompValue, FilterNode } from "@/lib/scim/filter-ast";
import {
  COLUMN_TABLES,
  lookupColumn,
  type ColumnTarget,
  type PrismaWhere,
  type RelationColumn,
  type ScalarColumn,
} from "./filter-columns";
import { matchesFilter } from "@/lib/scim/filter-evaluate";
import { findAttribute, type ResourceType } from "@/lib/scim/schema-registry";
import type { AttrDef } from "@/lib/scim/schema-attribute";

export type { PrismaWhere } from "./filter-columns";

const ALL: unique symbol = Symbol("match-all");
const NONE: unique symbol = Symbol("match-none");
type Where = PrismaWhere | typeof ALL | typeof NONE;

interface Scope {
  target(path: AttrPath): ColumnTarget;
  multiValued(path: AttrPath): { def: AttrDef; relation?: RelationColumn };
}

const bad = (detail: string) => new ScimError(400, "invalidFilter", detail);
const ORDER: Record<"gt" | "ge" | "lt" | "le", string> = { gt: "gt", ge: "gte", lt: "lt", le: "lte" };
const NEGATED_ORDER: Record<"gt" | "ge" | "lt" | "le", string> = { gt: "lte", ge: "lt", lt: "gte", le: "gt" };
const LIKE: Record<"co" | "sw" | "ew", string> = { co: "contains", sw: "startsWith", ew: "endsWith" };

function combine(kind: "and" | "or", parts: Where[]): Where {
  const absorbing: Where = kind === "and" ? NONE : ALL;
  const neutral: Where = kind === "and" ? ALL : NONE;
  if (parts.includes(absorbing)) return absorbing;
  const rest = parts.filter((p): p is PrismaWhere => p !== neutral);
  if (rest.length === 0) return neutral;
  if (rest.length === 1) return rest[0];
  return kind === "and" ? { AND: rest } : { OR: rest };
}

function text(value: CompValue): string {
  if (value.type === "string") return value.value;
  return value.type === "null" ? "null" : value.raw;
}

function toBoolean(value: CompValue, name: string): boolean {
  if (value.type === "boolean") return value.value;
  const t = text(value).toLowerCase();
  if (value.type === "string" && (t === "true" || t === "false")) return t === "true";
  throw bad(`Attribute "${name}" is a boolean; "${text(value)}" is not true or false`);
}

function toDate(value: CompValue, name: string): Date {
  const t = text(value);
  const ms = /^\d{4}-\d{2}-\d{2}/.test(t) ? Date.parse(t) : Number.NaN;
  if (value.type !== "string" || Number.isNaN(ms))
    throw bad(`Attribute "${name}" expects an ISO 8601 dateTime, got "${t}"`);
  // Year 0 parses in JavaScript but PostgreSQL has no such year: refuse it here rather than fail in the database.
  if (new Date(ms).getUTCFullYear() < 1)
    throw bad(`Attribute "${name}" expects a dateTime from year 0001 on, got "${t}"`);
  return new Date(ms);
}

/** A comparison on one column; `op` is never `ne` (rewritten to negated `eq`) and the value never null. */
function compareColumn(
  col: ScalarColumn,
  op: Exclude<CompareOp, "ne">,
  value: CompValue,
  negate: boolean,
  name: string,
): Where {
  if (col.kind === "constant") {
    const hit = matchesFilter({ kind: "compare", path: { attr: "v" }, op, value }, { v: col.value });
    return hit !== negate ? ALL : NONE;
  }
  if (col.kind === "boolean") {
    if (op !== "eq") throw bad(`Operator "${op}" cannot be used with the boolean attribute "${name}"`);
    return { [col.column]: toBoolean(value, name) !== negate };
  }
  let v: string | Date;
  if (col.kind === "date") {
    if (op === "co" || op === "sw" || op === "ew")
      throw bad(`Operator "${op}" cannot be used with the dateTime attribute "${name}"`);
    v = toDate(value, name);
  } else {
    v = col.lower ? text(value).toLowerCase() : text(value);
  }
  let where: PrismaWhere;
  if (op === "eq") where = { [col.column]: negate ? { not: v } : v };
  else if (op === "co" || op === "sw" || op === "ew") {
    where = { [col.column]: negate ? { not: { [LIKE[op]]: v } } : { [LIKE[op]]: v } };
  } else where = { [col.column]: { [(negate ? NEGATED_ORDER : ORDER)[op]]: v } };
  // A negated comparison also matches rows where the attribute is unassigned (SQL would drop NULLs).
  const nullable = col.kind === "string" && col.nullable;
  return negate && nullable ? { OR: [where, { [col.column]: null }] } : where;
}

function presentColumn(col: ScalarColumn, negate: boolean): Where {
  if (col.kind !== "string") return negate ? NONE : ALL;
  const c = col.column;
  if (!col.nullable) return { [c]: negate ? "" : { not: "" } };
  return negate ? { OR: [{ [c]: null }, { [c]: "" }] } : { AND: [{ [c]: { not: null } }, { [c]: { not: "" } }] };
}

function viaRelation(relation: RelationColumn, inner: Where, negate: boolean): Where {
  if (inner === NONE) return negate ? ALL : NONE;
  return { [relation.relation]: { [negate ? "none" : "some"]: inner === ALL ? {} : inner } };
}

function leaf(target: ColumnTarget, negate: boolean, build: (col: ScalarColumn, neg: boolean) => Where): Where {
  if (target.kind === "absent") return negate ? ALL : NONE;
  if (target.kind === "column") return build(target.column, negate);
  return viaRelation(target.relation, build(target.column, false), negate);
}

function translate(node: FilterNode, scope: Scope, negate: boolean): Where {
  switch (node.kind) {
    case "and":
    case "or": {
      const kind = (node.kind === "and") !== negate ? "and" : "or";
      return combine(
        kind,
        node.children.map((c) => translate(c, scope, negate)),
      );
    }
    case "not":
      return translate(node.child, scope, !negate);
    case "present":
      return leaf(scope.target(node.path), negate, presentColumn);
    case "compare": {
      const { op, value, path } = node;
      if (value.type === "null") {
        if (op !== "eq" && op !== "ne") throw bad(`Operator "${op}" cannot be used with null`);
        return translate({ kind: "present", path }, scope, op === "eq" ? !negate : negate);
      }
      const target = scope.target(path);
      const effectiveOp = op === "ne" ? "eq" : op;
      const neg = op === "ne" ? !negate : negate;
      return leaf(target, neg, (col, n) => compareColumn(col, effectiveOp, value, n, target.name));
    }
    case "valuePath": {
      const { def, relation } = scope.multiValued(node.path);
      if (!relation) return negate ? ALL : NONE;
      return viaRelation(relation, translate(node.filter, elementScope(def, relation), false), negate);
    }
  }
}

function elementScope(def: AttrDef, relation: RelationColumn): Scope {
  return {
    target(path) {
      const sub = !path.urn && !path.sub ? findAttribute(def.subAttributes, path.attr) : undefined;
      if (!sub) throw bad(`"${formatAttrPath(path)}" is not a sub-attribute of ${def.name}`);
      const column = relation.subs[sub.name];
      return column
        ? { kind: "column", name: `${def.name}.${sub.name}`, def: sub, column }
        : { kind: "absent", name: sub.name, def: sub };
    },
    multiValued() {
      throw bad("Value filters cannot be nested");
    },
  };
}

function resourceScope(resourceType: ResourceType): Scope {
  return {
    target: (path) => lookupColumn(resourceType, path),
    multiValued(path) {
      const target = lookupColumn(resourceType, { ...path, sub: undefined });
      if (target.kind === "column" || !target.def.multiValued || target.def.type !== "complex") {
        throw bad(`"${formatAttrPath(path)}" is not a multi-valued complex attribute, so it cannot take a [filter]`);
      }
      return target.kind === "relation" ? { def: target.def, relation: target.relation } : { def: target.def };
    },
  };
}

/**
 * `ne` is `not eq`, so it also matches resources where the attribute is unassigned; `not(...)` likewise (negation is
 * pushed down to the leaves so SQL NULLs cannot drop rows). Schema attributes kept only in the JSON blob (addresses,
 * phoneNumbers, manager, name.formatted, ...) are treated as unassigned; attributes no schema defines are 400.
 * Case: userName, externalId, displayName and emails.value use their *Lower columns (values lowercased); other strings
 * compare as stored, except that co/sw/ew become LIKE, which SQLite folds for ASCII (PostgreSQL does not). Accepted.
 */
export function filterToWhere(resourceType: ResourceType, orgId: string, filter: FilterNode | undefined): PrismaWhere {
  const where = filter ? translate(filter, resourceScope(resourceType), false) : ALL;
  if (where === ALL) return { orgId };
  return { AND: [{ orgId }, where === NONE ? COLUMN_TABLES[resourceType].matchNothing : where] };
}

export function userFilterToWhere(orgId: string, filter: FilterNode | undefined): PrismaWhere {
  return filterToWhere("User", orgId, filter);
}

export function groupFilterToWhere(orgId: string, filter: FilterNode | undefined): PrismaWhere {
  return filterToWhere("Group", orgId, filter);
}
