// The typed tree produced by parseFilter() (RFC 7644 §3.4.2.2). `and`/`or` are n-ary and flattened.
// `emails[type eq "work"].value eq "x"` is represented as valuePath(emails, and(type eq "work", value eq "x")).
import type { AttrPath } from "./attribute-paths";

export type CompareOp = "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "ge" | "lt" | "le";

export const COMPARE_OPS: readonly CompareOp[] = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

/** `raw` is the text as written, used when a number or boolean is compared with a string attribute. */
export type CompValue =
  | { type: "string"; value: string; quoted: boolean }
  | { type: "number"; value: number; raw: string }
  | { type: "boolean"; value: boolean; raw: string }
  | { type: "null" };

export type FilterNode =
  | { kind: "compare"; path: AttrPath; op: CompareOp; value: CompValue }
  | { kind: "present"; path: AttrPath }
  | { kind: "and"; children: FilterNode[] }
  | { kind: "or"; children: FilterNode[] }
  | { kind: "not"; child: FilterNode }
  /** Inside `filter`, attribute paths are relative to the elements of `path` (e.g. `type`, `value`). */
  | { kind: "valuePath"; path: AttrPath; filter: FilterNode };

export function isCompareOp(word: string): word is CompareOp {
  return (COMPARE_OPS as readonly string[]).includes(word);
}
