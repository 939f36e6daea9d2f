// Scoping filters on the source object (PRODUCT.md §6): clauses ANDed inside a filter, filters ORed; no filter
// means everything is in scope. Operators follow Entra's names and semantics.
import type { SourceAttributes, TScopeClause, TScopingFilter } from "./types";

function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "boolean" ? (value ? "True" : "False") : String(value);
}

function asNumber(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function safeRegex(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

/** What a clause sees besides the attributes: the source groups the object is a member of (ids). */
export type ScopeContext = { groupIds?: readonly string[] };

/**
 * Entra's null semantics: a null (absent or empty) attribute satisfies IS NULL, NOT EQUALS and NOT REGEX MATCH,
 * and no other operator (comparisons, Includes, ENDS_WITH and the bitwise operators need a value).
 */
export function clauseMatches(clause: TScopeClause, source: SourceAttributes, context: ScopeContext = {}): boolean {
  if (clause.operator === "MEMBER OF" || clause.operator === "NOT MEMBER OF") {
    const member = (context.groupIds ?? []).includes(clause.value ?? "");
    return clause.operator === "MEMBER OF" ? member : !member;
  }
  const actual = asText(source[clause.attribute]);
  const expected = clause.value ?? "";
  const compare = (test: (a: number, b: number) => boolean) => {
    const a = asNumber(actual);
    const b = asNumber(expected);
    return a !== null && b !== null && test(a, b);
  };
  switch (clause.operator) {
    case "EQUALS":
      return actual === expected;
    case "NOT EQUALS":
      return actual !== expected;
    case "IS TRUE":
      return actual?.toLowerCase() === "true";
    case "IS FALSE":
      return actual?.toLowerCase() === "false";
    case "IS NULL":
      return actual === null;
    case "IS NOT NULL":
      return actual !== null;
    case "REGEX MATCH":
      return actual !== null && Boolean(safeRegex(expected)?.test(actual));
    case "NOT REGEX MATCH":
      return actual === null || !safeRegex(expected)?.test(actual);
    case "Greater_Than":
      return compare((a, b) => a > b);
    case "Greater_Than_OR_EQUALS":
      return compare((a, b) => a >= b);
    case "Less_Than":
      return compare((a, b) => a < b);
    case "Less_Than_OR_EQUALS":
      return compare((a, b) => a <= b);
    case "Includes":
      return actual !== null && actual.includes(expected);
    case "ENDS_WITH":
      return actual !== null && actual.endsWith(expected);
    case "&":
      return compare((a, b) => (a & b) !== 0);
    case "!&":
      return compare((a, b) => (a & b) === 0);
  }
}

export function clauseText(clause: TScopeClause): string {
  const value = clause.label ?? clause.value;
  return `${clause.attribute} ${clause.operator}${value !== undefined && value !== "" ? ` ${value}` : ""}`;
}

export type ClauseTrace = {
  filter: number;
  filterName: string;
  clause: string;
  actual: string | null;
  result: boolean;
};

/** Every clause of every filter with its value and result, for on-demand provisioning and the preview. */
export function traceScopingFilters(
  filters: readonly TScopingFilter[],
  source: SourceAttributes,
  context: ScopeContext = {},
): ClauseTrace[] {
  return filters.flatMap((f, i) =>
    f.clauses.map((c) => ({
      filter: i + 1,
      filterName: f.name || `Filter ${i + 1}`,
      clause: clauseText(c),
      actual: c.operator.endsWith("MEMBER OF")
        ? `${(context.groupIds ?? []).length} group(s)`
        : asText(source[c.attribute]),
      result: clauseMatches(c, source, context),
    })),
  );
}

/** In scope when there is no filter, or when every clause of at least one filter matches. */
export function inScopingFilters(
  filters: readonly TScopingFilter[],
  source: SourceAttributes,
  context: ScopeContext = {},
): boolean {
  if (filters.length === 0) return true;
  return filters.some((f) => f.clauses.every((c) => clauseMatches(c, source, context)));
}

/** The first clause that keeps the object out, for the log's Scoping step. */
export function describeScopeMiss(
  filters: readonly TScopingFilter[],
  source: SourceAttributes,
  context: ScopeContext = {},
): string {
  const misses = traceScopingFilters(filters, source, context).filter((t) => !t.result);
  if (misses.length === 0) return "No scoping filter matched.";
  return misses.map((t) => `${t.filterName}: clause "${t.clause}" is false (value: ${t.actual ?? "null"}).`).join(" ");
}
