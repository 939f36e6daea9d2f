// Inbound SCIM requests per UTC hour with their error rate (4xx and 5xx answers), for the Overview's chart. Two
// index-only counts: all requests on (orgId, at), the failed ones on (orgId, status, at).
import { prisma } from "@/lib/db/client";
import { dialect, sql } from "@/lib/db/sql";
import { fillRequestHours, hourBuckets, type RequestHour } from "./time-buckets";

export const REQUEST_HOURS = 24;

const hourOf = () => (dialect() === "postgresql" ? sql`to_char("at", 'YYYY-MM-DD"T"HH24')` : sql`substr("at", 1, 13)`);

type Row = { hour: string; n: number | bigint };
const asCounts = (rows: Row[]) => rows.map((r) => ({ hour: r.hour, n: Number(r.n) }));

export async function scimRequestsPerHour(orgId: string, { hours = REQUEST_HOURS, now = new Date() }: { hours?: number; now?: Date } = {}): Promise<RequestHour[]> {
  const { keys, from } = hourBuckets(now, hours);
  const to = new Date(from.getTime() + hours * 3_600_000);
  const totals = await prisma.$queryRaw<Row[]>(sql`SELECT ${hourOf()} AS "hour", count(*) AS "n" FROM "ScimRequestLog" WHERE "orgId" = ${orgId} AND "at" >= ${from} AND "at" < ${to} GROUP BY 1`);
  const errors = await prisma.$queryRaw<Row[]>(sql`SELECT ${hourOf()} AS "hour", count(*) AS "n" FROM "ScimRequestLog" WHERE "orgId" = ${orgId} AND "status" >= 400 AND "at" >= ${from} AND "at" < ${to} GROUP BY 1`);
  return fillRequestHours(keys, asCounts(totals), asCounts(errors));
}
