// Stores a batch of inbound SCIM requests in ScimRequestLog (on SQLite in its own file, request-log-file.ts): secrets
// redacted, bodies and text capped, one transaction per batch with the hourly counts (count-scim-requests.ts). Runs on
// the request-log thread (scim-request-log-thread.ts), off the requests' path.
// API: storeScimRequests(requests) → rows stored; ScimRequestToStore.
import { getRequestLogClient } from "@/lib/db/client";
import { sqlList, sqlTransaction } from "@/lib/db/sql-session";
import { countScimRequests } from "./count-scim-requests";
import { MAX_LOGGED_CHARS, redactBody, redactQuery } from "./redact-scim-request";
import { SCIM_REQUEST_LOG_COLUMNS as COLUMNS, type ScimRequestLogRow } from "./scim-request-log-columns";

/**
 * A request as the SCIM adapter saw it (query string and bodies raw), `requestBodyTooLarge` when it was refused unread.
 * `id` is given by the main thread, so a batch handed again to a new thread is not stored twice.
 */
export type ScimRequestToStore = Omit<ScimRequestLogRow, "query" | "requestBody" | "responseBody"> & {
  id: string;
  query: string;
  requestBody: string | undefined;
  requestBodyTooLarge: boolean;
  responseBody: string | undefined;
};

/** Caps a column and spells out NUL characters, which PostgreSQL text cannot hold. */
function clean(s: string | null, n = 1024): string | null {
  if (s === null) return null;
  return (s.length > n ? s.slice(0, n) : s).replace(/\u0000/g, "\\u0000");
}

function toRow(request: ScimRequestToStore): ScimRequestLogRow & { id: string } {
  const { requestBodyTooLarge, ...entry } = request;
  const requestBody = requestBodyTooLarge ? "[body over 1 MiB not stored]" : redactBody(entry.requestBody);
  return {
    ...entry,
    path: clean(entry.path, 2048)!,
    query: clean(redactQuery(new URLSearchParams(entry.query)), MAX_LOGGED_CHARS * 2),
    userAgent: clean(entry.userAgent),
    action: clean(entry.action),
    resourceName: clean(entry.resourceName),
    resourceId: clean(entry.resourceId, 256),
    requestBody: clean(requestBody, MAX_LOGGED_CHARS * 2),
    responseBody: clean(redactBody(entry.responseBody), MAX_LOGGED_CHARS * 2),
  };
}

const INSERT = `INSERT INTO "ScimRequestLog" ("id", ${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${sqlList(COLUMNS.length + 1)})
  ON CONFLICT ("id") DO NOTHING`;

/** Stores the requests not stored yet (by id) and counts them; returns how many were new. */
export async function storeScimRequests(requests: ScimRequestToStore[]): Promise<number> {
  const rows = requests.map(toRow);
  return sqlTransaction(async (tx) => {
    const stored = [];
    for (const row of rows) if ((await tx.run(INSERT, [row.id, ...COLUMNS.map((c) => row[c])])) === 1) stored.push(row);
    await countScimRequests(tx, stored);
    return stored.length;
  }, getRequestLogClient());
}
