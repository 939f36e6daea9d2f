// One page of the inbound SCIM request log: filtered, date-sorted, keyset-paged, with a capped total.
import { requestLogDb } from "@/lib/db/client";
import { decodeCursor, flip, orderBy, seekAfter, settlePage } from "./keyset";
import { COUNT_CAP, countRows, LOG_PAGE_SIZE, type LogPage } from "./list-provisioning-log";
import type { TScimLogFilters } from "./scim-log-filters";
import { scimLogWhere } from "./scim-log-where";
import { cappedCount, empty, sql } from "@/lib/db/sql";

const LIST_COLUMNS = sql`"id", "at", "method", "path", "query", "status", "durationMs", "tokenName", "clientIp", "userAgent", "action", "resourceType", "resourceId", "resourceName", "requestId"`;

type RawRow = {
  id: string;
  at: Date;
  method: string;
  path: string;
  query: string | null;
  status: number | bigint;
  durationMs: number | bigint;
  tokenName: string | null;
  clientIp: string | null;
  userAgent: string | null;
  action: string | null;
  resourceType: string | null;
  resourceId: string | null;
  resourceName: string | null;
  requestId: string | null;
};

export type ScimLogRow = Omit<RawRow, "at" | "status" | "durationMs"> & {
  at: string;
  status: number;
  durationMs: number;
};

export async function listScimLog(
  orgId: string,
  filters: TScimLogFilters,
  cursorText?: string | null,
  { now = new Date(), pageSize = LOG_PAGE_SIZE } = {},
): Promise<LogPage<ScimLogRow>> {
  const where = scimLogWhere(orgId, filters, now);
  const cursor = decodeCursor(cursorText);
  const order = cursor?.dir === "before" ? flip(filters.sort) : filters.sort;
  const seek = cursor ? sql` AND ${seekAfter(order, cursor)}` : empty;
  const [fetched, count] = await Promise.all([
    requestLogDb.$queryRaw<RawRow[]>(
      sql`SELECT ${LIST_COLUMNS} FROM "ScimRequestLog" WHERE ${where}${seek} ORDER BY ${orderBy(order)} LIMIT ${pageSize + 1}`,
    ),
    countRows(cappedCount("ScimRequestLog", where, COUNT_CAP + 1), COUNT_CAP, requestLogDb),
  ]);
  const { rows, links } = settlePage(fetched, pageSize, cursor);
  return {
    rows: rows.map((r) => ({
      ...r,
      at: r.at.toISOString(),
      status: Number(r.status),
      durationMs: Number(r.durationMs),
    })),
    ...count,
    links,
  };
}
