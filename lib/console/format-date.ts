// The one way of writing a time (issue 11): exact UTC ("2026-12-06 08:11:50 UTC") in tables, details, mail and
// CLI text, relative ("5 minutes ago", "in 3 hours") elsewhere with the exact UTC time on hover; toIsoUtc for
// machine formats (exports). Pure, so the server and the browser write the same text.

export type DateInput = Date | string | number;

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** `2026-12-06 08:11:50 UTC`; "—" for a missing or unreadable time. */
export function formatUtc(value: DateInput | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return "—";
  return `${d.toISOString().replace("T", " ").slice(0, 19)} UTC`;
}

/** ISO 8601 in UTC for machine formats: a Date's own, or SQLite's stored text (`…+00:00`) with a Z. */
export function toIsoUtc(value: Date | string): string {
  return typeof value === "string" ? value.replace(/\+00:00$/, "Z") : value.toISOString();
}

/** A day key (`2026-12-06`) as a chart writes it: `Dec 6`. */
export function formatShortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });

/** "just now" within a minute, then "5 minutes ago" / "in 3 hours" in the largest whole unit. */
export function formatRelative(value: DateInput | null | undefined, now: DateInput = new Date()): string {
  if (value === null || value === undefined) return "—";
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return "—";
  const diff = d.getTime() - toDate(now).getTime();
  const abs = Math.abs(diff);
  if (abs < 60_000) return "just now";
  for (const [unit, ms] of UNITS) {
    if (abs >= ms) return relative.format(Math.trunc(diff / ms), unit);
  }
  return "just now";
}
