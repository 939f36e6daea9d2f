// Download of every inbound SCIM request matching the filters, as CSV or JSON, streamed. Bodies are exported as
// stored: redacted when the request was logged.
import { redactBody } from "./redact-scim-request";
import { maskScimBody } from "./mask-scim-body";
import { toIsoUtc } from "@/lib/console/format-date";
import { formatExport, keysetBatches, type ExportFormat, type ExportProgress } from "./export-stream";
import type { TScimLogFilters } from "./scim-log-filters";
import { scimLogWhere } from "./scim-log-where";
import { col, join } from "@/lib/db/sql";
import { SCIM_REQUEST_LOG_COLUMNS, type ScimRequestLogRow } from "./scim-request-log-columns";

const COLUMNS = join(["id", ...SCIM_REQUEST_LOG_COLUMNS.filter((c) => c !== "orgId")].map(col));

/** As read back: dates as text on SQLite, integers possibly as bigint. */
type Row = Omit<ScimRequestLogRow, "orgId" | "at" | "status" | "durationMs"> & {
  id: string;
  at: Date | string;
  status: number | bigint;
  durationMs: number | bigint;
};

export const SCIM_CSV_HEADER = [
  "Date (UTC)",
  "Method",
  "Path",
  "Query",
  "Status",
  "Duration (ms)",
  "Token",
  "Client address",
  "User agent",
  "Action",
  "Resource type",
  "Resource ID",
  "Resource name",
  "Request ID",
  "Request body",
  "Response body",
];

/**
 * Stored redacted; redacted again on the way out, whatever wrote the row. `mask`: attributes masked for this
 * viewer (the help desk, when the organization says so).
 */
export async function* exportScimLog(
  orgId: string,
  filters: TScimLogFilters,
  format: ExportFormat,
  now = new Date(),
  progress?: ExportProgress,
  mask: readonly string[] = [],
): AsyncGenerator<string> {
  const body = (text: string | null) => maskScimBody(redactBody(text ?? undefined), mask);
  const where = scimLogWhere(orgId, filters, now);
  yield* formatExport(
    keysetBatches<Row>("ScimRequestLog", COLUMNS, where, filters.sort),
    format,
    {
      header: SCIM_CSV_HEADER,
      csvRow: (r) => [
        toIsoUtc(r.at),
        r.method,
        r.path,
        r.query,
        Number(r.status),
        Number(r.durationMs),
        r.tokenName,
        r.clientIp,
        r.userAgent,
        r.action,
        r.resourceType,
        r.resourceId,
        r.resourceName,
        r.requestId,
        body(r.requestBody),
        body(r.responseBody),
      ],
      jsonRow: ({ rowKey: _k, ...r }: Row & { rowKey?: number }) =>
        JSON.stringify({
          ...r,
          at: toIsoUtc(r.at),
          status: Number(r.status),
          durationMs: Number(r.durationMs),
          requestBody: body(r.requestBody),
          responseBody: body(r.responseBody),
        }),
    },
    progress,
  );
}
