// The date filter both log viewers share: last 24 hours, 7 or 30 days, everything, or a custom UTC range.
import { z } from "zod";

export const DATE_RANGES = ["24h", "7d", "30d", "all", "custom"] as const;
export type DateRange = (typeof DATE_RANGES)[number];
export const DEFAULT_RANGE: DateRange = "7d";

export const DATE_RANGE_LABELS: Record<DateRange, string> = {
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  all: "All retained",
  custom: "Custom range",
};

const HOURS: Partial<Record<DateRange, number>> = { "24h": 24, "7d": 7 * 24, "30d": 30 * 24 };

/** `2026-11-29`, `2026-11-29T10:00` (UTC, as the console shows times) or a full ISO timestamp. */
export const ZDateInput = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
    "Use YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).",
  )
  .refine((s) => !Number.isNaN(parseDateInput(s, false).getTime()), "Not a valid date.");

/** Dates without a zone are UTC; a bare day as the end of a range includes that whole day. */
export function parseDateInput(text: string, isEnd: boolean): Date {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(text);
  const date = new Date(dayOnly ? `${text}T00:00:00Z` : zoned ? text : `${text}Z`);
  if (dayOnly && isEnd) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

export type TimeWindow = { from?: Date; to?: Date };

export function timeWindow(range: DateRange, from: string | undefined, to: string | undefined, now: Date): TimeWindow {
  if (range === "custom")
    return { from: from ? parseDateInput(from, false) : undefined, to: to ? parseDateInput(to, true) : undefined };
  const hours = HOURS[range];
  return hours ? { from: new Date(now.getTime() - hours * 3_600_000) } : {};
}
