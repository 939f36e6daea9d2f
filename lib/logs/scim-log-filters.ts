// The inbound SCIM request log's filters (PRODUCT.md §4, §7): the provisioning log's search, date and sort, with the
// HTTP status class, method, resource type and request id in place of status, action, app, cycle and change.
import { z } from "zod";
import { DATE_RANGES, DEFAULT_RANGE, ZDateInput, type DateRange } from "./date-range";
import { logQuery, parseFields, readParam, ZIdList, ZList, ZSearch, type RawParams } from "./filter-params";
import { ZSort, type SortOrder } from "./provisioning-log-filters";

export const SCIM_STATUS_CLASSES = ["2xx", "3xx", "4xx", "5xx"] as const;
export const SCIM_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export const SCIM_RESOURCE_TYPES = ["User", "Group"] as const;
export type ScimStatusClass = (typeof SCIM_STATUS_CLASSES)[number];

export type TScimLogFilters = {
  q: string;
  range: DateRange;
  from?: string;
  to?: string;
  status: ScimStatusClass[];
  method: (typeof SCIM_METHODS)[number][];
  resourceType: (typeof SCIM_RESOURCE_TYPES)[number][];
  requestId: string[];
  sort: SortOrder;
};

const FIELDS = {
  q: ZSearch,
  range: z.enum(DATE_RANGES),
  from: ZDateInput,
  to: ZDateInput,
  status: ZList(SCIM_STATUS_CLASSES),
  method: ZList(SCIM_METHODS),
  resourceType: ZList(SCIM_RESOURCE_TYPES),
  requestId: ZIdList,
  sort: ZSort,
};

export const DEFAULT_SCIM_FILTERS: TScimLogFilters = {
  q: "",
  range: DEFAULT_RANGE,
  status: [],
  method: [],
  resourceType: [],
  requestId: [],
  sort: "desc",
};

export function parseScimLogFilters(params: RawParams, { strict = false } = {}): TScimLogFilters {
  const f = parseFields(params, FIELDS, { ...DEFAULT_SCIM_FILTERS, from: undefined, to: undefined }, strict);
  // Following a provisioning entry's requests means "whenever they happened": no date window unless one was asked for.
  const explicitRange = readParam(params, "range") !== undefined;
  const range =
    !explicitRange && (f.from || f.to) ? "custom" : !explicitRange && f.requestId!.length ? "all" : f.range!;
  return {
    q: f.q!,
    range,
    from: range === "custom" ? f.from : undefined,
    to: range === "custom" ? f.to : undefined,
    status: f.status!,
    method: f.method!,
    resourceType: f.resourceType!,
    requestId: f.requestId!,
    sort: f.sort!,
  };
}

export function scimLogQuery(f: TScimLogFilters): URLSearchParams {
  return logQuery(f, (out) => {
    if (f.method.length) out.set("method", f.method.join(","));
    if (f.resourceType.length) out.set("resourceType", f.resourceType.join(","));
    if (f.requestId.length) out.set("requestId", f.requestId.join(","));
  });
}
