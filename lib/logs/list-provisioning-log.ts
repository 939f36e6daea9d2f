// One page of the provisioning log (PRODUCT.md §7): filtered, date-sorted, keyset-paged, with a capped total.
import { prisma } from "@/lib/db/client";
import { decodeCursor, flip, orderBy, seekAfter, settlePage, type PageLinks } from "./keyset";
import type { TProvisioningLogFilters } from "./provisioning-log-filters";
import { provisioningLogWhere } from "./provisioning-log-where";
import { cappedCount, empty, sql } from "./sql";

export const LOG_PAGE_SIZE = 50;
/** Totals are counted up to here and shown as "10,000+" beyond: an exact count of a million rows costs more than the page. */
export const COUNT_CAP = 10_000;

const LIST_COLUMNS = sql`"id", "at", "displayName", "sourceId", "sourceIdentity", "targetId", "objectType", "action", "status", "sourceSystem", "targetSystem", "appId", "cycleId", "changeId", "jobId", "durationMs", "errorCode"`;

type RawRow = {
  id: string; at: Date; displayName: string | null; sourceId: string | null; sourceIdentity: string | null; targetId: string | null;
  objectType: string; action: string; status: string; sourceSystem: string; targetSystem: string; appId: string;
  cycleId: string; changeId: string; jobId: string; durationMs: number | bigint; errorCode: string | null;
};

export type ProvisioningLogRow = Omit<RawRow, "at" | "durationMs"> & { at: string; durationMs: number };

export type LogPage<T> = { rows: T[]; total: number; totalIsCapped: boolean; links: PageLinks };

export async function countRows(query: ReturnType<typeof cappedCount>): Promise<{ total: number; totalIsCapped: boolean }> {
  const [row] = await prisma.$queryRaw<{ n: number | bigint }[]>(query);
  const n = Number(row?.n ?? 0);
  return n > COUNT_CAP ? { total: COUNT_CAP, totalIsCapped: true } : { total: n, totalIsCapped: false };
}

export async function listProvisioningLog(orgId: string, filters: TProvisioningLogFilters, cursorText?: string | null, { now = new Date(), pageSize = LOG_PAGE_SIZE } = {}): Promise<LogPage<ProvisioningLogRow>> {
  const where = provisioningLogWhere(orgId, filters, now);
  const cursor = decodeCursor(cursorText);
  const order = cursor?.dir === "before" ? flip(filters.sort) : filters.sort;
  const seek = cursor ? sql` AND ${seekAfter(order, cursor)}` : empty;
  const [fetched, count] = await Promise.all([
    prisma.$queryRaw<RawRow[]>(sql`SELECT ${LIST_COLUMNS} FROM "ProvisioningLogEntry" WHERE ${where}${seek} ORDER BY ${orderBy(order)} LIMIT ${pageSize + 1}`),
    countRows(cappedCount("ProvisioningLogEntry", where, COUNT_CAP + 1)),
  ]);
  const { rows, links } = settlePage(fetched, pageSize, cursor);
  return { rows: rows.map((r) => ({ ...r, at: r.at.toISOString(), durationMs: Number(r.durationMs) })), ...count, links };
}

export async function listLogApps(orgId: string): Promise<{ id: string; name: string }[]> {
  return prisma.enterpriseApp.findMany({ where: { orgId }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 200 });
}
