import { describe, expect, it } from "vitest";
import { makeDate, type DateTimeValue } from "./date-time-value";
import { parseDateTimeStyles } from "./date-time-styles";
import { DateFormatError } from "./dotnet-format-pattern";
import { formatDotNet } from "./format-dotnet";
import { parseExactDotNet } from "./parse-exact-dotnet";

// Friday 23 January 2015, 22:05:07.120 (UTC).
const date = makeDate({ year: 2015, month: 1, day: 23, hour: 22, minute: 5, second: 7, millisecond: 120 })!;
const at = (kind: DateTimeValue["kind"]): DateTimeValue => ({ date, kind });
const now = new Date(Date.UTC(2021, 6, 2, 15, 33, 38));
const defaults = parseDateTimeStyles(null);

describe("formatDotNet (en-US)", () => {
  const cases: [string, string][] = [
    ["yyyy-MM-dd", "2015-01-23"],
    ["yyyyMMddHHmmss.fZ", "20150123220507.1Z"],
    ["M/d/yyyy h:mm:ss tt", "1/23/2015 10:05:07 PM"],
    ["MM/dd/yy hh:mm t", "01/23/15 10:05 P"],
    ["dddd, MMMM d, yyyy", "Friday, January 23, 2015"],
    ["ddd dd MMM", "Fri 23 Jan"],
    ["HH:mm:ss.fff", "22:05:07.120"],
    ["HH:mm:ss.fffffff", "22:05:07.1200000"],
    ["HH:mm:ss.FFF", "22:05:07.12"],
    ["y yyy yyyyy", "15 2015 02015"],
    ["'Year' yyyy, \"day\" d", "Year 2015, day 23"],
    ["\\yyyyy", "y2015"],
    ["%d", "23"],
    ["zzz", "+00:00"],
    ["d", "1/23/2015"],
    ["G", "1/23/2015 10:05:07 PM"],
    ["s", "2015-01-23T22:05:07"],
    ["u", "2015-01-23 22:05:07Z"],
    ["o", "2015-01-23T22:05:07.1200000Z"],
    ["R", "Fri, 23 Jan 2015 22:05:07 GMT"],
  ];
  it.each(cases)("%s → %s", (format, expected) => {
    expect(formatDotNet(at("utc"), format)).toBe(expected);
  });

  it("drops the decimal point before an all-zero F fraction, and prints K by kind", () => {
    const whole: DateTimeValue = { date: makeDate({ year: 2015, month: 1, day: 23, hour: 1 })!, kind: "unspecified" };
    expect(formatDotNet(whole, "HH:mm:ss.FFF")).toBe("01:00:00");
    expect(formatDotNet(whole, "h tt")).toBe("1 AM");
    expect([
      formatDotNet(at("utc"), "%K"),
      formatDotNet(at("local"), "%K"),
      formatDotNet(at("unspecified"), "%K"),
    ]).toEqual(["Z", "+00:00", ""]);
  });
});

describe("parseExactDotNet", () => {
  const cases: [string, string, string][] = [
    ["20150123105347.1Z", "yyyyMMddHHmmss.fZ", "2015-01-23T10:53:47.100Z"],
    ["2020-12-31-08:00", "yyyy-MM-ddzzz", "2020-12-31T08:00:00.000Z"],
    ["2020-12-31+0530", "yyyy-MM-ddzzz", "2020-12-30T18:30:00.000Z"],
    ["2021-06-30T10:20:30+02", "yyyy-MM-ddTHH:mm:ssz", "2021-06-30T08:20:30.000Z"],
    ["1/5/2021 11:59:59 PM", "M/d/yyyy hh:mm:ss tt", "2021-01-05T23:59:59.000Z"],
    ["12/05/2021 12:15:00 AM", "MM/dd/yyyy hh:mm:ss tt", "2021-12-05T00:15:00.000Z"],
    ["05.01.21", "dd.MM.yy", "2021-01-05T00:00:00.000Z"],
    ["05.01.75", "dd.MM.yy", "1975-01-05T00:00:00.000Z"],
    ["Friday, January 23, 2015", "dddd, MMMM d, yyyy", "2015-01-23T00:00:00.000Z"],
    ["23 jan 2015", "dd MMM yyyy", "2015-01-23T00:00:00.000Z"],
    ["2015-01-23 22:05:07.12", "yyyy-MM-dd HH:mm:ss.FFF", "2015-01-23T22:05:07.120Z"],
    ["2015-01-23 22:05:07", "yyyy-MM-dd HH:mm:ss.FFF", "2015-01-23T22:05:07.000Z"],
    ["2015-01-23T22:05:07Z", "yyyy-MM-ddTHH:mm:ssK", "2015-01-23T22:05:07.000Z"],
    ["2015-01-23T22:05:07", "yyyy-MM-ddTHH:mm:ssK", "2015-01-23T22:05:07.000Z"],
    ["Year 2015", "'Year' yyyy", "2015-01-01T00:00:00.000Z"],
    ["09:30", "HH:mm", "2021-07-02T09:30:00.000Z"],
    ["7", "%M", "2021-07-01T00:00:00.000Z"],
  ];
  it.each(cases)("%s with %s → %s", (input, format, iso) => {
    expect(parseExactDotNet(input, format, defaults, now).date.toISOString()).toBe(iso);
  });

  it("keeps .NET's kind: Z round-trips as UTC, an offset becomes local, none stays unspecified", () => {
    expect(parseExactDotNet("20150123105347.1Z", "yyyyMMddHHmmss.fZ", defaults, now).kind).toBe("utc");
    expect(parseExactDotNet("2020-12-31-08:00", "yyyy-MM-ddzzz", defaults, now).kind).toBe("local");
    expect(
      parseExactDotNet("2020-12-31-08:00", "yyyy-MM-ddzzz", parseDateTimeStyles("AdjustToUniversal"), now).kind,
    ).toBe("utc");
    expect(parseExactDotNet("2020-12-31", "yyyy-MM-dd", defaults, now).kind).toBe("unspecified");
    expect(
      parseExactDotNet("2020-12-31", "yyyy-MM-dd", parseDateTimeStyles("AssumeUniversal, AdjustToUniversal"), now).kind,
    ).toBe("utc");
  });

  const mismatches: [string, string][] = [
    ["2015-1-23", "yyyy-MM-dd"],
    ["15-01-23", "yyyy-MM-dd"],
    ["2015-01-23x", "yyyy-MM-dd"],
    ["2015-02-29", "yyyy-MM-dd"],
    ["13:00 PM", "hh:mm tt"],
    ["24:00", "HH:mm"],
    ["Monday, January 23, 2015", "dddd, MMMM d, yyyy"],
    ["20150123105347.12Z", "yyyyMMddHHmmss.fZ"],
    ["20150123105347.1", "yyyyMMddHHmmss.fZ"],
    [" 2015", "yyyy"],
  ];
  it.each(mismatches)("rejects %j for %s", (input, format) => {
    const styles = input.startsWith(" ") ? parseDateTimeStyles("None") : defaults;
    expect(() => parseExactDotNet(input, format, styles, now)).toThrow(
      new DateFormatError(`"${input}" does not match the format "${format}"`, "value"),
    );
  });

  it("trims or keeps white space by the styles, and allows inner white space with AllowInnerWhite", () => {
    expect(parseExactDotNet("  2015  ", "yyyy", defaults, now).date.getUTCFullYear()).toBe(2015);
    expect(() => parseExactDotNet("2015 -  01", "yyyy - MM", defaults, now)).toThrow(DateFormatError);
    expect(
      parseExactDotNet("2015 -  01", "yyyy - MM", parseDateTimeStyles("AllowWhiteSpaces"), now).date.getUTCMonth(),
    ).toBe(0);
    expect(() => parseDateTimeStyles("RoundtripKind|AdjustToUniversal")).toThrow(/cannot be combined/);
  });
});
