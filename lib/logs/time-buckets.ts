// UTC day and hour buckets for the Overview's charts: the keys the aggregate queries group by ("2026-12-06",
// "2026-12-06T07"), and zero-filled series so a quiet day or hour still shows. Pure; unit-tested.
import { LOG_STATUSES, type LogStatus } from "./provisioning-log-filters";

export type OutcomeDay = { day: string; Success: number; Failure: number; Skipped: number; Warning: number };
export type RequestHour = { hour: string; total: number; errors: number; errorRate: number };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The `days` UTC days ending with today's, oldest first; `from` is the start of the first. */
export function dayBuckets(now: Date, days: number): { keys: string[]; from: Date } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - (days - 1) * DAY_MS);
  return {
    keys: Array.from({ length: days }, (_, i) => new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10)),
    from,
  };
}

/** The UTC hour `at` falls in, as the charts and the hourly counts key it: "2026-12-06T07". */
export const hourKey = (at: Date): string => at.toISOString().slice(0, 13);

/** The start of the UTC hour after the one `at` falls in. */
export const nextHourStart = (at: Date): Date => new Date((Math.floor(at.getTime() / HOUR_MS) + 1) * HOUR_MS);

/** The `hours` whole UTC hours ending with the current one, oldest first; `from` is the start of the first. */
export function hourBuckets(now: Date, hours: number): { keys: string[]; from: Date } {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const from = new Date(current - (hours - 1) * HOUR_MS);
  return { keys: Array.from({ length: hours }, (_, i) => hourKey(new Date(from.getTime() + i * HOUR_MS))), from };
}

export function fillOutcomeDays(keys: string[], rows: { day: string; status: string; n: number }[]): OutcomeDay[] {
  const byDay = new Map(
    keys.map((day) => [day, { day, Success: 0, Failure: 0, Skipped: 0, Warning: 0 } as OutcomeDay]),
  );
  for (const r of rows) {
    const bucket = byDay.get(r.day);
    if (bucket && (LOG_STATUSES as readonly string[]).includes(r.status)) bucket[r.status as LogStatus] += r.n;
  }
  return [...byDay.values()];
}

export function fillRequestHours(
  keys: string[],
  totals: { hour: string; n: number }[],
  errors: { hour: string; n: number }[],
): RequestHour[] {
  const total = new Map(totals.map((r) => [r.hour, r.n]));
  const failed = new Map(errors.map((r) => [r.hour, r.n]));
  return keys.map((hour) => {
    const t = total.get(hour) ?? 0;
    const e = Math.min(t, failed.get(hour) ?? 0);
    return { hour, total: t, errors: e, errorRate: t === 0 ? 0 : e / t };
  });
}

/** "12.5 %" with one decimal below 10 %, whole numbers above; "0 %" for none. */
export function formatRate(rate: number): string {
  const pct = rate * 100;
  if (pct === 0) return "0 %";
  return `${pct < 10 ? pct.toFixed(1) : Math.round(pct)} %`;
}
