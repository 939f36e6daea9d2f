// One SCIM comparison on one string column as a SQL condition that follows the attribute's caseExact on SQLite and
// PostgreSQL alike. API: stringCondition(column, op, value, { caseExact, lower, provider }) → SqlCondition.
import type { SqlValue } from "@/lib/db/sql-session";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { escapeLike } from "@/lib/db/sql";
import type { CompareOp } from "@/lib/scim/filter-ast";

/** A condition with `?` placeholders, in the order of `params` (sql-session.ts numbers them for PostgreSQL). */
export interface SqlCondition {
  text: string;
  params: SqlValue[];
}

export interface StringColumnTraits {
  /** The attribute's caseExact (RFC 7643 §7). */
  caseExact: boolean;
  /** The column holds the value lowercased by the writer (userNameLower, ...): compare it with the lowercased value. */
  lower: boolean;
  provider: DatabaseProvider;
}

const ORDER: Record<"gt" | "ge" | "lt" | "le", string> = { gt: ">", ge: ">=", lt: "<", le: "<=" };

/** SQLite GLOB pattern text: `*`, `?` and `[` stand for themselves inside brackets. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[]/g, (c) => `[${c}]`);
}

function substringPattern(op: "co" | "sw" | "ew", text: string, any: string): string {
  return `${op === "sw" ? "" : any}${text}${op === "ew" ? "" : any}`;
}

/**
 * caseExact:false on a *Lower column: `col = ?` with the lowercased value, on the column's index.
 * caseExact:false on a column as written: `lower(col) = lower(?)`, not indexed; both sides fold with the database's
 * lower() (ASCII only on SQLite, so non-ASCII letters compare exactly there).
 * caseExact:true: `col = ?`; co/sw/ew are `LIKE` on PostgreSQL (case-sensitive) and `GLOB` on SQLite, whose LIKE
 * ignores ASCII case.
 */
export function stringCondition(
  column: string,
  op: Exclude<CompareOp, "ne">,
  value: string,
  { caseExact, lower, provider }: StringColumnTraits,
): SqlCondition {
  if (caseExact && lower) throw new Error(`${column} holds lowercased text but its attribute is caseExact`);
  const folded = !caseExact && !lower;
  const lhs = folded ? `lower(${column})` : column;
  const rhs = folded ? "lower(?)" : "?";
  const v = lower ? value.toLowerCase() : value;
  if (op === "eq") return { text: `${lhs} = ${rhs}`, params: [v] };
  if (op === "co" || op === "sw" || op === "ew") {
    if (caseExact && provider === "sqlite") {
      return { text: `${column} GLOB ?`, params: [substringPattern(op, escapeGlob(v), "*")] };
    }
    return { text: `${lhs} LIKE ${rhs} ESCAPE '\\'`, params: [substringPattern(op, escapeLike(v), "%")] };
  }
  return { text: `${lhs} ${ORDER[op]} ${rhs}`, params: [v] };
}
