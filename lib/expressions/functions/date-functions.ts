// Dates: Now, CDate, DateAdd, DateDiff, FormatDateTime, DateFromNum, NumFromDate. Dates travel between
// functions as Entra's "M/d/yyyy h:mm:ss tt" strings in UTC; add and difference follow VB.NET's DateAdd/DateDiff.
import type { FunctionArgs, FunctionSpec } from "../runtime/function-spec";
import {
  daysInMonth,
  formatEntraDateTime,
  isInDotNetRange,
  makeDate,
  type DateTimeValue,
} from "../dates/date-time-value";
import { parseDateTimeStyles, type DateTimeStyles } from "../dates/date-time-styles";
import { DateFormatError } from "../dates/dotnet-format-pattern";
import { formatDotNet } from "../dates/format-dotnet";
import { parseLooseDateTime } from "../dates/loose-date-parse";
import { parseExactDotNet } from "../dates/parse-exact-dotnet";

const INTERVALS = ["yyyy", "q", "m", "y", "d", "w", "ww", "h", "n", "s"];
const MS = { s: 1000, n: 60_000, h: 3_600_000, d: 86_400_000 };
// Seconds between 1601-01-01 (Active Directory's epoch) and 1970-01-01.
const AD_EPOCH_OFFSET_MS = 11_644_473_600_000n;

function dateArg(args: FunctionArgs, index: number): Date | null {
  const text = args.text(index);
  if (text === null) return null;
  return (
    parseLooseDateTime(text) ??
    args.fail(
      `"${text}" is not a date and time this function reads (e.g. "2012-03-16-07:00", "3/16/2012 7:00:00 AM")`,
      index,
    )
  );
}

function interval(args: FunctionArgs): string {
  const text = args.text(0) ?? "";
  const name = text.toLowerCase();
  if (!INTERVALS.includes(name)) args.fail(`interval must be one of ${INTERVALS.join(", ")} (got "${text}")`, 0);
  return name;
}

function addMonths(date: Date, months: number): Date | undefined {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (year < 1 || year > 9999) return undefined;
  // Like .NET's AddMonths: Jan 31 + 1 month is the last day of February.
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return makeDate({
    year,
    month,
    day,
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  });
}

function dateAdd(args: FunctionArgs): string | null {
  const unit = interval(args);
  const amount = args.number(1);
  if (amount === null) args.fail("value is required", 1);
  const date = dateArg(args, 2);
  if (date === null) return null;
  const n = Math.trunc(amount);
  let result: Date | undefined;
  if (unit === "yyyy") result = addMonths(date, 12 * n);
  else if (unit === "q") result = addMonths(date, 3 * n);
  else if (unit === "m") result = addMonths(date, n);
  else if (unit === "ww") result = new Date(date.getTime() + 7 * n * MS.d);
  else result = new Date(date.getTime() + n * MS[unit === "y" || unit === "w" ? "d" : (unit as keyof typeof MS)]);
  if (!result || !isInDotNetRange(result)) args.fail("the result is outside the years 1 to 9999", 1);
  return formatEntraDateTime(result);
}

function dateDiff(args: FunctionArgs): number | null {
  const unit = interval(args);
  const a = dateArg(args, 1);
  const b = dateArg(args, 2);
  if (a === null || b === null) return null;
  const months = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  if (unit === "yyyy") return b.getUTCFullYear() - a.getUTCFullYear();
  if (unit === "q") return Math.floor(months(b) / 3) - Math.floor(months(a) / 3);
  if (unit === "m") return months(b) - months(a);
  if (unit === "ww") {
    // Calendar weeks: both dates moved back to their Sunday first, as VB.NET does.
    const sunday = (d: Date) => d.getTime() - d.getUTCDay() * MS.d;
    return Math.trunc((sunday(b) - sunday(a)) / (7 * MS.d)) || 0;
  }
  const span = b.getTime() - a.getTime();
  if (unit === "w") return Math.trunc(span / (7 * MS.d)) || 0;
  return Math.trunc(span / MS[unit === "y" ? "d" : (unit as keyof typeof MS)]) || 0;
}

function rethrowAt(args: FunctionArgs, error: unknown, index: number): never {
  if (error instanceof DateFormatError) args.fail(error.message, index);
  throw error;
}

function formatDateTime(args: FunctionArgs): string | null {
  // FormatDateTime(source, inputFormat, outputFormat) is accepted as well as the documented four-argument form.
  const [styles, input, output] = args.count === 3 ? [-1, 1, 2] : [1, 2, 3];
  const source = args.text(0);
  const inputFormat = args.text(input);
  const outputFormat = args.text(output);
  if (!inputFormat) args.fail("inputFormat is required", input);
  if (!outputFormat) args.fail("outputFormat is required", output);
  let parsedStyles: DateTimeStyles;
  try {
    parsedStyles = parseDateTimeStyles(styles < 0 ? null : args.text(styles));
  } catch (error) {
    return rethrowAt(args, error, styles);
  }
  if (source === null) return null;
  let value: DateTimeValue;
  try {
    value = parseExactDotNet(source, inputFormat, parsedStyles, args.env.now());
  } catch (error) {
    return rethrowAt(args, error, error instanceof DateFormatError && error.reason === "value" ? 0 : input);
  }
  try {
    return formatDotNet(value, outputFormat);
  } catch (error) {
    return rethrowAt(args, error, output);
  }
}

export const DATE_FUNCTIONS: FunctionSpec[] = [
  {
    name: "Now",
    params: [],
    description: 'The current UTC date and time as "M/d/yyyy h:mm:ss tt", e.g. 7/2/2021 3:33:38 PM.',
    minArgs: 0,
    maxArgs: 0,
    evaluate: (args) => formatEntraDateTime(args.env.now()),
  },
  {
    name: "CDate",
    params: ["expression"],
    description: 'The date and time in a string (e.g. "2020-03-16-07:00") in UTC, as "M/d/yyyy h:mm:ss tt".',
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const date = dateArg(args, 0);
      return date === null ? null : formatEntraDateTime(date);
    },
  },
  {
    name: "DateAdd",
    params: ["interval", "value", "dateTime"],
    description: 'dateTime plus value intervals (yyyy, q, m, y, d, w, ww, h, n, s), as "M/d/yyyy h:mm:ss tt".',
    minArgs: 3,
    maxArgs: 3,
    evaluate: dateAdd,
  },
  {
    name: "DateDiff",
    params: ["interval", "date1", "date2"],
    description:
      "The number of intervals (yyyy, q, m, y, d, w, ww, h, n, s) from date1 to date2; negative when date2 is earlier.",
    minArgs: 3,
    maxArgs: 3,
    evaluate: dateDiff,
  },
  {
    name: "FormatDateTime",
    params: ["source", "[dateTimeStyles]", "inputFormat", "outputFormat"],
    description:
      'Reads source with the .NET inputFormat (e.g. "yyyyMMddHHmmss.fZ") and writes it with outputFormat (e.g. "yyyy-MM-dd").',
    minArgs: 3,
    maxArgs: 4,
    evaluate: formatDateTime,
  },
  {
    name: "DateFromNum",
    params: ["value"],
    description: 'An Active Directory date number (100-nanosecond ticks since 1601) as "M/d/yyyy h:mm:ss tt".',
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const text = args.text(0);
      if (text === null) return null;
      if (!/^\d{1,19}$/.test(text.trim())) args.fail(`"${text}" is not an Active Directory date number`, 0);
      const date = new Date(Number(BigInt(text.trim()) / 10_000n - AD_EPOCH_OFFSET_MS));
      if (!isInDotNetRange(date)) args.fail(`"${text}" is outside the years 1 to 9999`, 0);
      return formatEntraDateTime(date);
    },
  },
  {
    name: "NumFromDate",
    params: ["value"],
    description: 'A date and time (ISO 8601, e.g. "2020-12-31 23:59:59-08:00") as an Active Directory date number.',
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const date = dateArg(args, 0);
      return date === null ? null : String((BigInt(date.getTime()) + AD_EPOCH_OFFSET_MS) * 10_000n);
    },
  },
];
