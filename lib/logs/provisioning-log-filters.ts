// The provisioning log's filters (PRODUCT.md §7): identity, date, status, action, app, cycle id, change id, the
// out-of-scope toggle and the date sort. They live in the URL, so a view can be shared, bookmarked or exported.
import { z } from "zod";
import { DATE_RANGES, DEFAULT_RANGE, ZDateInput, type DateRange } from "./date-range";
import { logQuery, parseFields, readParam, ZId, ZList, ZSearch, type RawParams } from "./filter-params";

export const LOG_STATUSES = ["Success", "Failure", "Skipped", "Warning"] as const;
export const LOG_ACTIONS = ["Create", "Update", "Delete", "Disable", "StagedDelete", "Other"] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];
export type LogAction = (typeof LOG_ACTIONS)[number];
export type SortOrder = "asc" | "desc";

export type TProvisioningLogFilters = {
  q: string;
  range: DateRange;
  from?: string;
  to?: string;
  status: LogStatus[];
  action: LogAction[];
  app?: string;
  cycle?: string;
  change?: string;
  hideOutOfScope: boolean;
  sort: SortOrder;
};

const ZBool = z.string().transform((s) => ["1", "true", "on", "yes"].includes(s.toLowerCase()));
export const ZSort = z
  .string()
  .regex(/^at:(asc|desc)$/, "Sort by at:asc or at:desc.")
  .transform((s) => (s.endsWith("asc") ? "asc" : "desc") as SortOrder);

const FIELDS = {
  q: ZSearch,
  range: z.enum(DATE_RANGES),
  from: ZDateInput,
  to: ZDateInput,
  status: ZList(LOG_STATUSES),
  action: ZList(LOG_ACTIONS),
  app: ZId,
  cycle: ZId,
  change: ZId,
  hideOutOfScope: ZBool,
  sort: ZSort,
};

export const DEFAULT_PROVISIONING_FILTERS: TProvisioningLogFilters = {
  q: "",
  range: DEFAULT_RANGE,
  status: [],
  action: [],
  hideOutOfScope: false,
  sort: "desc",
};

export function parseProvisioningLogFilters(params: RawParams, { strict = false } = {}): TProvisioningLogFilters {
  const defaults = {
    ...DEFAULT_PROVISIONING_FILTERS,
    from: undefined,
    to: undefined,
    app: undefined,
    cycle: undefined,
    change: undefined,
  };
  const f = parseFields(params, FIELDS, defaults, strict);
  // A from/to without a range means a custom range; a custom range keeps only its own dates.
  const range = readParam(params, "range") === undefined && (f.from || f.to) ? "custom" : f.range!;
  return {
    q: f.q!,
    range,
    from: range === "custom" ? f.from : undefined,
    to: range === "custom" ? f.to : undefined,
    status: f.status!,
    action: f.action!,
    app: f.app,
    cycle: f.cycle,
    change: f.change,
    hideOutOfScope: f.hideOutOfScope!,
    sort: f.sort!,
  };
}

/** The filters as URL search params, defaults left out (so URLs stay short and saved views compare equal). */
export function provisioningLogQuery(f: TProvisioningLogFilters): URLSearchParams {
  return logQuery(f, (out) => {
    if (f.action.length) out.set("action", f.action.join(","));
    if (f.app) out.set("app", f.app);
    if (f.cycle) out.set("cycle", f.cycle);
    if (f.change) out.set("change", f.change);
    if (f.hideOutOfScope) out.set("hideOutOfScope", "1");
  });
}
