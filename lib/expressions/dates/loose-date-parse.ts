// Reads the date strings Entra's date functions accept (CDate, DateAdd, DateDiff, NumFromDate): ISO 8601 with an
// optional time and offset ("2012-03-16-07:00", "2009-06-15T01:45:30-07:00", "2021-08-24"), Entra's own
// "M/d/yyyy h:mm:ss tt" output, and LDAP generalized time ("20150123105347.0Z"). The result is in UTC.
import { makeDate } from "./date-time-value";

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const US =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:\s*([AP]M))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const GENERALIZED = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:[.,](\d{1,7}))?(Z|[+-]\d{4})?$/i;

/** Minutes east of UTC for "Z", "+08:00", "-0700", "+05". */
export function offsetMinutes(text: string | undefined): number {
  if (!text || text.toUpperCase() === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function build(
  year: string,
  month: string,
  day: string,
  hour = "0",
  minute = "0",
  second = "0",
  fraction = "",
  offset?: string,
): Date | undefined {
  if (Number(hour) > 23 || offsetMinutes(offset) / 60 > 14 || offsetMinutes(offset) / 60 < -14) return undefined;
  const millisecond = Number(fraction.padEnd(3, "0").slice(0, 3));
  const local = makeDate({
    year: +year,
    month: +month,
    day: +day,
    hour: +hour,
    minute: +minute,
    second: +second,
    millisecond,
  });
  return local && new Date(local.getTime() - offsetMinutes(offset) * 60_000);
}

export function parseLooseDateTime(input: string): Date | undefined {
  const text = input.trim();
  let m = ISO.exec(text);
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6], m[7], m[8]);
  m = US.exec(text);
  if (m) {
    let hour = m[4] === undefined ? 0 : Number(m[4]);
    if (m[8]) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (m[8].toUpperCase() === "PM" ? 12 : 0);
    }
    return build(m[3]!, m[1]!, m[2]!, String(hour), m[5], m[6], m[7], m[9]);
  }
  m = GENERALIZED.exec(text);
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6], m[7], m[8]);
  return undefined;
}
