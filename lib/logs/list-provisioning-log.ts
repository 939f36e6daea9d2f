// One page of the provisioning log (PRODUCT.md §7): filtered, date-sorted, keyset-paged, with a capped total.
import { prisma, type PrismaClient } from "@/lib/db/client";
import { decodeCursor, flip, orderBy, seekAfter, settlePage, type PageLinks } from "./keyset";
import type { TProvisioningLogFilters } from "./provisioning-log-filters";
import { identityMatch, provisioningLogWhere } from "./provisioning-log-where";
import { cappedCount, dialect, empty, sql } from "@/lib/db/sql";

export const LOG_PAGE_SIZE = 50;
/** Totals are counted up to here and shown as "10,000+" beyond: an exact count of a million rows costs more than the page. */
export const COUNT_CAP = 10_000;

const LIST_COLUMNS = sql`"id", "at", "displayName", "sourceId", "sourceIdentity", "sourceObjectId", "targetId", "objectType", "action", "status", "sourceSystem", "targetSystem", "appId", "cycleId", "changeId", "jobId", "durationMs", "errorCode"`;

type RawRow = {
  id: string;
  at: Date;
  displayName: string | null;
  sourceId: string | null;
  sourceIdentity: string | null;
  sourceObjectId: string | null;
  targetId: string | null;
  objectType: string;
  action: string;
  status: string;
  sourceSystem: string;
  targetSystem: string;
  appId: string;
  cycleId: string;
  changeId: string;
  jobId: string;
  durationMs: number | bigint;
  errorCode: string | null;
};

export type ProvisioningLogRow = Omit<RawRow, "at" | "durationMs"> & { at: string; durationMs: number };

export type LogPage<T> = { rows: T[]; total: number; totalIsCapped: boolean; links: PageLinks };

export async function countRows(
  query: ReturnType<typeof cappedCount>,
  cap = COUNT_CAP,
  db: PrismaClient = prisma,
): Promise<{ total: number; totalIsCapped: boolean }> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>(query);
  const n = Number(row?.n ?? 0);
  return n > cap ? { total: cap, totalIsCapped: true } : { total: n, totalIsCapped: false };
}

/** Above this many identity matches, walking the date index finds a page sooner than sorting every match. */
export const DENSE_SEARCH = 5_000;
const DENSE_COUNT_CAP = 1_000;

/**
 * SQLite: an identity search matching many rows (a first name, a few letters) would fetch and sort every match to
 * show the newest 50. Counting the matches in the identity indexes is cheap, so a dense search is planned on the
 * date indexes instead (PostgreSQL's planner makes that choice itself from its statistics).
 */
async function isDenseSearch(orgId: string, q: string): Promise<boolean> {
  if (!q || dialect() !== "sqlite") return false;
  const [row] = await prisma.$queryRaw<{ n: number | bigint }[]>(
    cappedCount("ProvisioningLogEntry", sql`"orgId" = ${orgId} AND ${identityMatch(orgId, q)}`, DENSE_SEARCH + 1),
  );
  return Number(row?.n ?? 0) > DENSE_SEARCH;
}

/**
 * The capped count of a dense search. Filtered by identity and date only, its matches are counted in the identity
 * index: walking the date index instead would read every row between them (a last name shared by 1 person in 40
 * means 40,000 rows for 1,000 matches). With other filters, along the page's date index, as any filtered view.
 */
function countDense(orgId: string, filters: TProvisioningLogFilters, now: Date) {
  const identityAndDateOnly =
    !filters.status.length &&
    !filters.action.length &&
    !filters.app &&
    !filters.cycle &&
    !filters.change &&
    !filters.hideOutOfScope;
  const query = identityAndDateOnly
    ? cappedCount(
        "ProvisioningLogEntry",
        provisioningLogWhere(orgId, filters, now, { dateIndexes: false }),
        DENSE_COUNT_CAP + 1,
      )
    : cappedCount(
        "ProvisioningLogEntry",
        provisioningLogWhere(orgId, filters, now, { identityIndexes: false }),
        DENSE_COUNT_CAP + 1,
        orderBy(filters.sort),
      );
  return countRows(query, DENSE_COUNT_CAP);
}

export async function listProvisioningLog(
  orgId: string,
  filters: TProvisioningLogFilters,
  cursorText?: string | null,
  { now = new Date(), pageSize = LOG_PAGE_SIZE } = {},
): Promise<LogPage<ProvisioningLogRow>> {
  const dense = await isDenseSearch(orgId, filters.q);
  const where = provisioningLogWhere(orgId, filters, now, { identityIndexes: !dense });
  // SQLite: a sparse identity search (at most DENSE_SEARCH entries) is read through the person index and sorted; its
  // planner would rather walk the date index to skip the sort, through up to every row of the log. (A cycle or change
  // id keeps its own index: see provisioningLogWhere.)
  const table =
    filters.q && !dense && !filters.cycle && !filters.change && dialect() === "sqlite"
      ? sql`"ProvisioningLogEntry" INDEXED BY "ProvisioningLogEntry_orgId_sourceId_at_idx"`
      : sql`"ProvisioningLogEntry"`;
  const cursor = decodeCursor(cursorText);
  const order = cursor?.dir === "before" ? flip(filters.sort) : filters.sort;
  const seek = cursor ? sql` AND ${seekAfter(order, cursor)}` : empty;
  const [fetched, count] = await Promise.all([
    prisma.$queryRaw<RawRow[]>(
      sql`SELECT ${LIST_COLUMNS} FROM ${table} WHERE ${where}${seek} ORDER BY ${orderBy(order)} LIMIT ${pageSize + 1}`,
    ),
    // A dense search is counted only as far as a smaller cap.
    dense ? countDense(orgId, filters, now) : countRows(cappedCount("ProvisioningLogEntry", where, COUNT_CAP + 1)),
  ]);
  const { rows, links } = settlePage(fetched, pageSize, cursor);
  return {
    rows: rows.map((r) => ({ ...r, at: r.at.toISOString(), durationMs: Number(r.durationMs) })),
    ...count,
    links,
  };
}

export async function listLogApps(orgId: string): Promise<{ id: string; name: string }[]> {
  return prisma.enterpriseApp.findMany({
    where: { orgId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 200,
  });
}
