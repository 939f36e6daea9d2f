// The ScimRequestLog columns (prisma/schema.prisma) the log writes and exports, listed once.
// API: SCIM_REQUEST_LOG_COLUMNS, ScimRequestLogRow (a row as written, but its generated id).
export const SCIM_REQUEST_LOG_COLUMNS = [
  "orgId",
  "at",
  "method",
  "path",
  "query",
  "status",
  "durationMs",
  "tokenName",
  "clientIp",
  "userAgent",
  "action",
  "resourceType",
  "resourceId",
  "resourceName",
  "requestId",
  "requestBody",
  "responseBody",
] as const;

type Text = "method" | "path";
type Nullable = Exclude<(typeof SCIM_REQUEST_LOG_COLUMNS)[number], Text | "at" | "status" | "durationMs">;

export type ScimRequestLogRow = { [K in Text]: string } & { [K in Nullable]: string | null } & {
  at: Date;
  status: number;
  durationMs: number;
};
