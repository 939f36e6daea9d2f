// The inbound request log (PRODUCT.md §4): one ScimRequestLog row per SCIM request, secrets redacted, bodies capped.
// API: redactBody(text), redactQuery(query), writeRequestLog(entry), RequestLogEntry.
import { v7 as newId } from "uuid";
import { sqlList, sqlTransaction } from "@/lib/db/sql";
import { createWriteBatcher } from "./write-batcher";
import { logger } from "@/lib/log/logger";
import { metrics } from "@/lib/ops/metrics";
import { countScimRequests } from "@/lib/logs/count-scim-requests";

/** JSON keys (and query parameters) whose values are never stored. The Authorization header is never stored at all. */
const SECRET = /password|secret|token/i;
const REDACTED = "[REDACTED]";
export const MAX_LOGGED_CHARS = 64 * 1024;
/** Bodies above this are not parsed for redaction; a textual pass redacts `"…token…": "…"` pairs instead. */
const MAX_PARSED_CHARS = 256 * 1024;
const MAX_DEPTH = 40;

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return "[nested too deeply]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET.test(k) ? REDACTED : redactValue(v, depth + 1)]));
}

function redactText(text: string): string {
  return text.replace(/("[^"\\]*(?:password|secret|token)[^"\\]*"\s*:\s*)("(?:[^"\\]|\\.)*"|[^\s,}\]]+)/gi, `$1"${REDACTED}"`);
}

function truncate(text: string): string {
  return text.length <= MAX_LOGGED_CHARS ? text : `${text.slice(0, MAX_LOGGED_CHARS)}…[truncated ${text.length - MAX_LOGGED_CHARS} characters]`;
}

export function redactBody(text: string | undefined): string | null {
  if (text === undefined || text === "") return null;
  if (text.length <= MAX_PARSED_CHARS) {
    try {
      return truncate(JSON.stringify(redactValue(JSON.parse(text), 0)));
    } catch {
      // not JSON: fall through to the textual pass
    }
  }
  return truncate(redactText(text));
}

export function redactQuery(query: URLSearchParams): string | null {
  const out = new URLSearchParams();
  for (const [key, value] of query) out.append(key, SECRET.test(key) ? REDACTED : value);
  const text = out.toString();
  return text === "" ? null : truncate(text);
}

export interface RequestLogEntry {
  orgId: string | null;
  method: string;
  path: string;
  query: string | null;
  status: number;
  durationMs: number;
  tokenName: string | null;
  clientIp: string | null;
  userAgent: string | null;
  action: string | null;
  resourceType: string | null;
  resourceId: string | null;
  resourceName: string | null;
  requestId: string;
  requestBody: string | null;
  responseBody: string | null;
}

/** Caps a column and spells out NUL characters, which PostgreSQL text cannot hold. */
function clean(s: string | null, n = 1024): string | null {
  if (s === null) return null;
  return (s.length > n ? s.slice(0, n) : s).replace(/\u0000/g, "\\u0000");
}

type LogRow = Omit<RequestLogEntry, "path"> & { path: string; at: Date };

const COLUMNS = [
  "orgId", "at", "method", "path", "query", "status", "durationMs", "tokenName", "clientIp", "userAgent", "action",
  "resourceType", "resourceId", "resourceName", "requestId", "requestBody", "responseBody",
] as const satisfies readonly (keyof LogRow)[];
const INSERT = `INSERT INTO "ScimRequestLog" ("id", ${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${sqlList(COLUMNS.length + 1)})`;

// Batched: under load one transaction carries many requests' rows, each inserted by the same prepared statement.
const batcher = createWriteBatcher<LogRow>(async (rows) => {
  try {
    await sqlTransaction(async (tx) => {
      for (const row of rows) await tx.run(INSERT, [newId(), ...COLUMNS.map((c) => row[c])]);
      await countScimRequests(tx, rows);
    });
    metrics.logRowsWritten.inc({ log: "scim" }, rows.length);
  } catch (error) {
    logger.error({ err: error, component: "scim", requestIds: rows.map((r) => r.requestId) }, `Could not write ${rows.length} inbound request log row(s)`);
  }
});

/** Resolves once the row is stored. Never throws: a failed log write is reported on stderr and must not turn an answered request into an error. */
export async function writeRequestLog(entry: RequestLogEntry, at = new Date()): Promise<void> {
  const data: LogRow = {
    ...entry,
    at,
    path: clean(entry.path, 2048)!,
    query: clean(entry.query, MAX_LOGGED_CHARS * 2),
    userAgent: clean(entry.userAgent),
    action: clean(entry.action),
    resourceName: clean(entry.resourceName),
    resourceId: clean(entry.resourceId, 256),
    requestBody: clean(entry.requestBody, MAX_LOGGED_CHARS * 2),
    responseBody: clean(entry.responseBody, MAX_LOGGED_CHARS * 2),
  };
  await batcher.add(data);
}
