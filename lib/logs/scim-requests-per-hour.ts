// Inbound SCIM requests per UTC hour with their error rate (4xx and 5xx answers), for the Overview's chart: the
// hours' counts kept beside the request log (count-scim-requests.ts), at most `hours` rows on their key, whatever
// the size of the log.
import { requestLogDb } from "@/lib/db/client";
import { fillRequestHours, hourBuckets, type RequestHour } from "./time-buckets";

export const REQUEST_HOURS = 24;

export async function scimRequestsPerHour(
  orgId: string,
  { hours = REQUEST_HOURS, now = new Date() }: { hours?: number; now?: Date } = {},
): Promise<RequestHour[]> {
  const { keys } = hourBuckets(now, hours);
  const rows = await requestLogDb.scimRequestHourlyCount.findMany({
    where: { orgId, hour: { gte: keys[0]!, lte: keys.at(-1)! } },
    select: { hour: true, requests: true, errors: true },
  });
  return fillRequestHours(
    keys,
    rows.map((r) => ({ hour: r.hour, n: r.requests })),
    rows.map((r) => ({ hour: r.hour, n: r.errors })),
  );
}
