// Translates a filter tree into a SQL condition on OrgUser / OrgGroup (one text for SQLite and PostgreSQL, with `?`
// placeholders), always scoped to the organization. API: filterToWhere(resourceType, orgId, filter?, provider?) → SqlCondition.
import { formatAttrPath, type AttrPath } from "@/lib/scim/attribute-paths";
import { ScimError } from "@/lib/scim/errors";
import type { CompareOp, CompValue, FilterNode } from "@/lib/scim/filter-ast";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { dialect } from "@/lib/db/sql";
import {
  COLUMN_TABLES,
  lookupColumn,
  type ColumnTarget,
  type RelationColumn,
  type ScalarColumn,
} from "./filter-columns";
import { stringCondition, type SqlCondition } from "./filter-condition-sql";
import { matchesFilter } from "@/lib/scim/filter-evaluate";
import { findAttribute, type ResourceType } from "@/lib/scim/schema-registry";
import type { AttrDef } from "@/lib/scim/schema-attribute";

const ALL: unique symbol = Symbol("match-all");
const NONE: unique symbol = Symbol("match-none");
type Where = SqlCondition | typeof ALL | typeof NONE;

interface Scope {
  /** The table whose columns the scope's attributes name (the resource's, or the related one inside a value path). */
  table: string;
  provider: DatabaseProvider;
  target(path: AttrPath): ColumnTarget;
  multiValued(path: AttrPath): { def: AttrDef; relation?: RelationColumn };
}

const bad = (detail: string) => new ScimError(400, "invalidFilter", detail);
const MATCH_NOTHING = "1 = 0";

/** A quoted, table-qualified column; names come from the column tables, never from input. */
const qualified = (table: string, column: string) => `"${table}"."${column}"`;

function combine(kind: "and" | "or", parts: Where[]): Where {
  const absorbing: Where = kind === "and" ? NONE : ALL;
  const neutral: Where = kind === "and" ? ALL : NONE;
  if (parts.includes(absorbing)) return absorbing;
  const rest = parts.filter((p): p is SqlCondition => p !== neutral);
  if (rest.length === 0) return neutral;
  if (rest.length === 1) return rest[0];
  return {
    text: rest.map((p) => `(${p.text})`).join(kind === "and" ? " AND " : " OR "),
    params: rest.flatMap((p) => p.params),
  };
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

const DATE_ORDER: Record<"gt" | "ge" | "lt" | "le", string> = { gt: ">", ge: ">=", lt: "<", le: "<=" };

/** A comparison on one column of `table`; `op` is never `ne` (rewritten to negated `eq`) and the value never null. */
function compareColumn(
  scope: Scope,
  table: string,
  col: ScalarColumn,
  def: AttrDef,
  op: Exclude<CompareOp, "ne">,
  value: CompValue,
  negate: boolean,
  name: string,
): Where {
  if (col.kind === "constant") {
    const traits = { caseExact: def.caseExact, type: def.type };
    const hit = matchesFilter(
      { kind: "compare", path: { attr: "v" }, op, value },
      { v: col.value },
      { describe: () => traits },
    );
    return hit !== negate ? ALL : NONE;
  }
  const c = qualified(table, col.column);
  if (col.kind === "boolean") {
    if (op !== "eq") throw bad(`Operator "${op}" cannot be used with the boolean attribute "${name}"`);
    return { text: `${c} = ?`, params: [toBoolean(value, name) !== negate] };
  }
  let where: SqlCondition;
  if (col.kind === "date") {
    if (op === "co" || op === "sw" || op === "ew")
      throw bad(`Operator "${op}" cannot be used with the dateTime attribute "${name}"`);
    where = { text: `${c} ${op === "eq" ? "=" : DATE_ORDER[op]} ?`, params: [toDate(value, name)] };
  } else {
    where = stringCondition(c, op, text(value), {
      caseExact: def.caseExact,
      lower: col.lower === true,
      provider: scope.provider,
    });
  }
  if (!negate) return where;
  // A negated comparison also matches rows where the attribute is unassigned (SQL would drop NULLs).
  const nullable = col.kind === "string" && col.nullable;
  return { text: nullable ? `${c} IS NULL OR NOT (${where.text})` : `NOT (${where.text})`, params: where.params };
}

function presentColumn(table: string, col: ScalarColumn, negate: boolean): Where {
  if (col.kind !== "string") return negate ? NONE : ALL;
  const c = qualified(table, col.column);
  if (!col.nullable) return { text: negate ? `${c} = ''` : `${c} <> ''`, params: [] };
  return { text: negate ? `${c} IS NULL OR ${c} = ''` : `${c} IS NOT NULL AND ${c} <> ''`, params: [] };
}

/** `id IN (SELECT parentKey ...)`: both planners can drive the lookup from the related table's index (valueLower, userId). */
function viaRelation(scope: Scope, relation: RelationColumn, inner: Where, negate: boolean): Where {
  if (inner === NONE) return negate ? ALL : NONE;
  const rows = `SELECT ${qualified(relation.table, relation.parentKey)} FROM "${relation.table}"`;
  return {
    text: `${qualified(scope.table, "id")} ${negate ? "NOT IN" : "IN"} (${rows}${inner === ALL ? "" : ` WHERE ${inner.text}`})`,
    params: inner === ALL ? [] : inner.params,
  };
}

type Build = (table: string, col: ScalarColumn, def: AttrDef, negate: boolean) => Where;

function leaf(scope: Scope, target: ColumnTarget, negate: boolean, build: Build): Where {
  if (target.kind === "absent") return negate ? ALL : NONE;
  if (target.kind === "column") return build(scope.table, target.column, target.def, negate);
  const { relation } = target;
  return viaRelation(scope, relation, build(relation.table, target.column, target.leaf, false), negate);
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
      return leaf(scope, scope.target(node.path), negate, (table, col, _def, n) => presentColumn(table, col, n));
    case "compare": {
      const { op, value, path } = node;
      if (value.type === "null") {
        if (op !== "eq" && op !== "ne") throw bad(`Operator "${op}" cannot be used with null`);
        return translate({ kind: "present", path }, scope, op === "eq" ? !negate : negate);
      }
      const target = scope.target(path);
      const effectiveOp = op === "ne" ? "eq" : op;
      const neg = op === "ne" ? !negate : negate;
      return leaf(scope, target, neg, (table, col, def, n) =>
        compareColumn(scope, table, col, def, effectiveOp, value, n, target.name),
      );
    }
    case "valuePath": {
      const { def, relation } = scope.multiValued(node.path);
      if (!relation) return negate ? ALL : NONE;
      const inner = translate(node.filter, elementScope(scope, def, relation), false);
      return viaRelation(scope, relation, inner, negate);
    }
  }
}

function elementScope(parent: Scope, def: AttrDef, relation: RelationColumn): Scope {
  return {
    table: relation.table,
    provider: parent.provider,
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

function resourceScope(resourceType: ResourceType, provider: DatabaseProvider): Scope {
  return {
    table: COLUMN_TABLES[resourceType].table,
    provider,
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
 * Case follows the schema's caseExact for every operator (filter-condition-sql.ts): userName, externalId, displayName
 * and emails.value compare their indexed *Lower columns; other caseExact:false columns compare lower(col), unindexed.
 */
export function filterToWhere(
  resourceType: ResourceType,
  orgId: string,
  filter: FilterNode | undefined,
  provider: DatabaseProvider = dialect(),
): SqlCondition {
  const scope = resourceScope(resourceType, provider);
  const org: SqlCondition = { text: `${qualified(scope.table, "orgId")} = ?`, params: [orgId] };
  const where = filter ? translate(filter, scope, false) : ALL;
  if (where === ALL) return org;
  if (where === NONE) return { text: `${org.text} AND ${MATCH_NOTHING}`, params: org.params };
  return { text: `${org.text} AND (${where.text})`, params: [...org.params, ...where.params] };
}
