// Provisioning outcomes per UTC day (Success / Failure / Skipped / Warning) for the Overview and an app's
// provisioning page, from the daily counts kept beside the log (daily-outcome-counts.ts): an index range of at most
// days × apps × 4 rows, whatever the size of the log.
import { readDailyCounts } from "./daily-outcome-counts";
import { dayBuckets, fillOutcomeDays, type OutcomeDay } from "./time-buckets";

export const OUTCOME_DAYS = 14;

export async function provisioningOutcomesPerDay(
  orgId: string,
  { appId, days = OUTCOME_DAYS, now = new Date() }: { appId?: string; days?: number; now?: Date } = {},
): Promise<OutcomeDay[]> {
  const { keys } = dayBuckets(now, days);
  return fillOutcomeDays(keys, await readDailyCounts(orgId, keys[0]!, appId));
}
