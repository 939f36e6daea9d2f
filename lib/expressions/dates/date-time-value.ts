// A date and time as the date functions pass it around: the wall-clock time held in a Date's UTC fields, and
// .NET's DateTimeKind (which decides what "K" prints). The provisioning service runs in UTC, as Entra's does,
// so local time and UTC coincide.
export type DateTimeKind = "utc" | "local" | "unspecified";
export type DateTimeValue = { date: Date; kind: DateTimeKind };

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export type DateParts = {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
};

/** The Date for these parts (as UTC fields), or undefined if they do not name a real date between years 1 and 9999. */
export function makeDate(p: DateParts): Date | undefined {
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = p;
  if (![year, month, day, hour, minute, second, millisecond].every(Number.isInteger)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    millisecond > 999 ||
    hour < 0 ||
    minute < 0 ||
    second < 0 ||
    millisecond < 0
  )
    return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date;
}

export function isInDotNetRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return Number.isFinite(date.getTime()) && year >= 1 && year <= 9999;
}

/** Entra's rendering of a date: "M/d/yyyy h:mm:ss tt" (en-US), e.g. "7/2/2021 3:33:38 PM". */
export function formatEntraDateTime(date: Date): string {
  const hour = date.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hour % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hour < 12 ? "AM" : "PM"}`;
}
