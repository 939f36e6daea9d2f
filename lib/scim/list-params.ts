// Parses the query of a SCIM list request (RFC 7644 §3.4.2): filter, paging, sorting, attribute selection.
// API: parseListParams(query, options?) → ListParams; ZListQuery. Parameter names are matched case-insensitively.
import { z } from "zod";
import { parseAttributeList, type AttributeSelector } from "./attribute-paths";
import { ScimError } from "./errors";
import type { FilterNode } from "./filter-ast";
import { parseFilter, type FilterLimits } from "./filter-parser";

export type SortOrder = "ascending" | "descending";

export interface ListParams {
  filter?: FilterNode;
  /** 1-based; values below 1 become 1. */
  startIndex: number;
  /** 0..maxCount; 0 asks for totalResults only. */
  count: number;
  sortBy?: string;
  sortOrder: SortOrder;
  attributes: AttributeSelector[];
  excludedAttributes: AttributeSelector[];
}

export interface ListParamsOptions {
  /** Upper bound for `count` (advertise the same number as filter.maxResults). Default 200. */
  maxCount?: number;
  /** `count` when the client sends none. Default maxCount. */
  defaultCount?: number;
  filterLimits?: Partial<FilterLimits>;
}

export const DEFAULT_MAX_COUNT = 200;

const ZInteger = z
  .string()
  .trim()
  .regex(/^[+-]?\d+$/, "must be an integer")
  .transform((s) => Math.max(Math.min(Number(s), Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER));

export const ZListQuery = z.object({
  filter: z.string().optional(),
  startIndex: ZInteger.optional(),
  count: ZInteger.optional(),
  sortBy: z.string().trim().optional(),
  sortOrder: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["ascending", "descending"], { message: 'must be "ascending" or "descending"' }))
    .optional(),
  attributes: z.string().optional(),
  excludedAttributes: z.string().optional(),
});

const NAMES = Object.keys(ZListQuery.shape);

type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** First value of each known parameter, keyed by its canonical name; unknown parameters (e.g. aadOptscim062020) are ignored. */
function canonicalQuery(query: QueryInput): Record<string, string> {
  const entries: [string, string | string[] | undefined][] =
    query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  const out: Record<string, string> = {};
  for (const [key, raw] of entries) {
    const name = NAMES.find((n) => n.toLowerCase() === key.toLowerCase());
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (name && value !== undefined && !(name in out)) out[name] = value;
  }
  return out;
}

export function parseListParams(query: QueryInput, options: ListParamsOptions = {}): ListParams {
  const maxCount = options.maxCount ?? DEFAULT_MAX_COUNT;
  const parsed = ZListQuery.safeParse(canonicalQuery(query));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScimError(400, "invalidValue", `${issue.path.join(".")}: ${issue.message}`);
  }
  const q = parsed.data;
  const filterText = q.filter?.trim();
  const count = q.count ?? options.defaultCount ?? maxCount;
  return {
    filter: filterText ? parseFilter(filterText, options.filterLimits) : undefined,
    startIndex: Math.max(1, q.startIndex ?? 1),
    count: Math.min(Math.max(0, count), maxCount),
    sortBy: q.sortBy || undefined,
    sortOrder: q.sortOrder ?? "ascending",
    attributes: parseAttributeList(q.attributes, "attributes"),
    excludedAttributes: parseAttributeList(q.excludedAttributes, "excludedAttributes"),
  };
}
