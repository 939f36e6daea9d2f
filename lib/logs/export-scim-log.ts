// Download of every inbound SCIM request matching the filters, as CSV or JSON, streamed. Bodies are exported as
// stored: redacted when the request was logged.
import { redactBody } from "@/lib/scim/http/request-log";
import { maskScimBody } from "./mask-scim-body";
import { toIsoUtc } from "@/lib/console/format-date";
import { formatExport, keysetBatches, type ExportFormat, type ExportProgress } from "./export-stream";
import type { TScimLogFilters } from "./scim-log-filters";
import { scimLogWhere } from "./scim-log-where";
import { sql } from "./sql";

const COLUMNS = sql`"id", "at", "method", "path", "query", "status", "durationMs", "tokenName", "clientIp", "userAgent", "action", "resourceType", "resourceId", "resourceName", "requestId", "requestBody", "responseBody"`;

type Row = {
  id: string; at: Date | string; method: string; path: string; query: string | null; status: number | bigint; durationMs: number | bigint;
  tokenName: string | null; clientIp: string | null; userAgent: string | null; action: string | null; resourceType: string | null;
  resourceId: string | null; resourceName: string | null; requestId: string | null; requestBody: string | null; responseBody: string | null;
};

export const SCIM_CSV_HEADER = [
  "Date (UTC)", "Method", "Path", "Query", "Status", "Duration (ms)", "Token", "Client address", "User agent", "Action",
  "Resource type", "Resource ID", "Resource name", "Request ID", "Request body", "Response body",
];

/**
 * Stored redacted; redacted again on the way out, whatever wrote the row. `mask`: attributes masked for this
 * viewer (the help desk, when the organization says so).
 */
export async function* exportScimLog(orgId: string, filters: TScimLogFilters, format: ExportFormat, now = new Date(), progress?: ExportProgress, mask: readonly string[] = []): AsyncGenerator<string> {
  const body = (text: string | null) => maskScimBody(redactBody(text ?? undefined), mask);
  const where = scimLogWhere(orgId, filters, now);
  yield* formatExport(keysetBatches<Row>("ScimRequestLog", COLUMNS, where, filters.sort), format, {
    header: SCIM_CSV_HEADER,
    csvRow: (r) => [toIsoUtc(r.at), r.method, r.path, r.query, Number(r.status), Number(r.durationMs), r.tokenName, r.clientIp, r.userAgent, r.action, r.resourceType, r.resourceId, r.resourceName, r.requestId, body(r.requestBody), body(r.responseBody)],
    jsonRow: ({ rowKey: _k, ...r }: Row & { rowKey?: number }) => JSON.stringify({ ...r, at: toIsoUtc(r.at), status: Number(r.status), durationMs: Number(r.durationMs), requestBody: body(r.requestBody), responseBody: body(r.responseBody) }),
  }, progress);
}
