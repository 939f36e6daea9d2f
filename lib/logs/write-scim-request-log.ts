// The inbound request log (PRODUCT.md §4): one ScimRequestLog row per SCIM request, secrets redacted, bodies capped,
// rows batched into few transactions. API: writeScimRequestLog(request, at) → resolves once stored; ScimRequestToLog.
import { v7 as newId } from "uuid";
import { sqlList, sqlTransaction } from "@/lib/db/sql-session";
import { countScimRequests } from "./count-scim-requests";
import { logger } from "@/lib/log/logger";
import { metrics } from "@/lib/ops/metrics";
import { MAX_LOGGED_CHARS, redactBody, redactQuery } from "./redact-scim-request";
import { SCIM_REQUEST_LOG_COLUMNS as COLUMNS, type ScimRequestLogRow } from "./scim-request-log-columns";
import { createWriteBatcher } from "./write-batcher";

/** A request as the SCIM adapter saw it: query and bodies raw (redacted here), `requestBodyTooLarge` when it was refused unread. */
export type ScimRequestToLog = Omit<ScimRequestLogRow, "at" | "query" | "requestBody" | "responseBody"> & {
  query: URLSearchParams;
  requestBody: string | undefined;
  requestBodyTooLarge: boolean;
  responseBody: string | undefined;
};

/** Caps a column and spells out NUL characters, which PostgreSQL text cannot hold. */
function clean(s: string | null, n = 1024): string | null {
  if (s === null) return null;
  return (s.length > n ? s.slice(0, n) : s).replace(/\u0000/g, "\\u0000");
}

const INSERT = `INSERT INTO "ScimRequestLog" ("id", ${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${sqlList(COLUMNS.length + 1)})`;

// Batched: under load one transaction carries many requests' rows, each inserted by the same prepared statement.
const batcher = createWriteBatcher<ScimRequestLogRow>(async (rows) => {
  try {
    await sqlTransaction(async (tx) => {
      for (const row of rows) await tx.run(INSERT, [newId(), ...COLUMNS.map((c) => row[c])]);
      await countScimRequests(tx, rows);
    });
    metrics.logRowsWritten.inc({ log: "scim" }, rows.length);
  } catch (error) {
    logger.error(
      { err: error, component: "scim", requestIds: rows.map((r) => r.requestId) },
      `Could not write ${rows.length} inbound request log row(s)`,
    );
  }
});

/** Resolves once the row is stored. Never throws: a failed log write is reported on stderr and must not turn an answered request into an error. */
export async function writeScimRequestLog(request: ScimRequestToLog, at = new Date()): Promise<void> {
  const { requestBodyTooLarge, ...entry } = request;
  const requestBody = requestBodyTooLarge ? "[body over 1 MiB not stored]" : redactBody(entry.requestBody);
  await batcher.add({
    ...entry,
    at,
    path: clean(entry.path, 2048)!,
    query: clean(redactQuery(entry.query), MAX_LOGGED_CHARS * 2),
    userAgent: clean(entry.userAgent),
    action: clean(entry.action),
    resourceName: clean(entry.resourceName),
    resourceId: clean(entry.resourceId, 256),
    requestBody: clean(requestBody, MAX_LOGGED_CHARS * 2),
    responseBody: clean(redactBody(entry.responseBody), MAX_LOGGED_CHARS * 2),
  });
}
