// DateTime.ParseExact(text, format, en-US, styles): the text must match the format field by field. One-letter
// numeric fields take one or two digits, doubled ones exactly two, yyyy four; f… takes exactly that many
// fraction digits, F… up to that many; z/zzz and K read offsets, an unquoted Z reads "Z" as UTC.
import { DAY_NAMES, MONTH_NAMES, makeDate, type DateTimeValue } from "./date-time-value";
import type { DateTimeStyles } from "./date-time-styles";
import { DateFormatError, parseFormatPattern, type FormatPart } from "./dotnet-format-pattern";
import { offsetMinutes } from "./loose-date-parse";

const TWO_DIGIT_YEAR_MAX = 2049;

type Fields = {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  pm?: boolean;
  weekday?: number;
  offset?: number;
  utc?: boolean;
};

function digitsFor(letter: string, length: number): [number, number] {
  if (letter === "y") return length === 1 ? [1, 2] : length === 2 ? [2, 2] : [Math.max(4, length), Math.max(4, length)];
  if (letter === "f") return [length, length];
  if (letter === "F") return [0, length];
  return length === 1 ? [1, 2] : [2, 2];
}

function nameIndex(rest: string, names: string[], abbreviated: boolean): [number, number] | undefined {
  const lower = rest.toLowerCase();
  for (let i = 0; i < names.length; i++) {
    const name = abbreviated ? names[i]!.slice(0, 3) : names[i]!;
    if (lower.startsWith(name.toLowerCase())) return [i, name.length];
  }
  return undefined;
}

export function parseExactDotNet(input: string, format: string, styles: DateTimeStyles, now: Date): DateTimeValue {
  const parts: FormatPart[] = parseFormatPattern(format);
  let text = input;
  if (styles.leadingWhite) text = text.replace(/^\s+/, "");
  if (styles.trailingWhite) text = text.replace(/\s+$/, "");
  const fail = (): never => {
    throw new DateFormatError(`"${input}" does not match the format "${format}"`, "value");
  };
  const f: Fields = {};
  let pos = 0;
  let skipFraction = false;
  for (const [index, part] of parts.entries()) {
    if (skipFraction) {
      skipFraction = false;
      continue;
    }
    if (part.kind === "literal") {
      for (const [i, ch] of [...part.text].entries()) {
        const next = parts[index + 1];
        // As in .NET, ".FFF" may be left out entirely when the fraction is zero.
        if (
          ch === "." &&
          i === part.text.length - 1 &&
          text[pos] !== "." &&
          next?.kind === "field" &&
          next.letter === "F"
        )
          skipFraction = true;
        else if (/\s/.test(ch) && styles.innerWhite) {
          while (/\s/.test(text[pos] ?? "")) pos++;
        } else if (text[pos] === ch) pos++;
        else fail();
      }
      continue;
    }
    const { letter, length } = part;
    const rest = text.slice(pos);
    if ((letter === "d" || letter === "M") && length >= 3) {
      const found = nameIndex(rest, letter === "d" ? DAY_NAMES : MONTH_NAMES, length === 3) ?? fail();
      if (letter === "d") f.weekday = found[0];
      else f.month = found[0] + 1;
      pos += found[1];
    } else if (letter === "t") {
      const m = (length === 1 ? /^([AP])/i : /^([AP])M/i).exec(rest) ?? fail();
      f.pm = m[1]!.toUpperCase() === "P";
      pos += m[0].length;
    } else if (letter === "z" || letter === "K" || letter === "Z") {
      const m =
        (letter === "Z"
          ? /^Z/i
          : letter === "K"
            ? /^(Z|[+-]\d{2}:?\d{2})?/i
            : length < 3
              ? /^[+-]\d{1,2}/
              : /^[+-]\d{2}(:?\d{2})?/
        ).exec(rest) ?? fail();
      if (m[0] !== "") {
        const offset =
          m[0].toUpperCase() === "Z"
            ? 0
            : offsetMinutes(m[0].length <= 3 ? `${m[0][0]}${m[0].slice(1).padStart(2, "0")}` : m[0]);
        f.offset = offset;
        f.utc = m[0].toUpperCase() === "Z";
      }
      pos += m[0].length;
    } else if (letter === "g") {
      pos += (/^A\.?D\.?/i.exec(rest) ?? fail())[0].length;
    } else {
      const [min, max] = digitsFor(letter, length);
      const m = new RegExp(`^\\d{${min},${max}}`).exec(rest) ?? fail();
      const n = Number(m[0]);
      pos += m[0].length;
      if (letter === "y") f.year = length <= 2 ? (n > TWO_DIGIT_YEAR_MAX % 100 ? 1900 + n : 2000 + n) : n;
      else if (letter === "M") f.month = n;
      else if (letter === "d") f.day = n;
      else if (letter === "h" || letter === "H") f.hour = letter === "h" && n > 12 ? fail() : n;
      else if (letter === "m") f.minute = n;
      else if (letter === "s") f.second = n;
      else if (m[0] !== "") f.millisecond = Number(m[0].padEnd(3, "0").slice(0, 3));
    }
  }
  if (pos !== text.length) fail();
  return toValue(f, styles, now, fail);
}

function toValue(f: Fields, styles: DateTimeStyles, now: Date, fail: () => never): DateTimeValue {
  let { year, month, day } = f;
  if (year === undefined && month === undefined && day === undefined) {
    [year, month, day] = styles.noCurrentDateDefault
      ? [1, 1, 1]
      : [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
  }
  let hour = f.hour ?? 0;
  if (f.pm !== undefined) {
    if (hour > 12) fail();
    hour = (hour % 12) + (f.pm ? 12 : 0);
  }
  const wall =
    makeDate({
      year: year ?? now.getUTCFullYear(),
      month: month ?? 1,
      day: day ?? 1,
      hour,
      minute: f.minute ?? 0,
      second: f.second ?? 0,
      millisecond: f.millisecond ?? 0,
    }) ?? fail();
  if (f.weekday !== undefined && f.weekday !== wall.getUTCDay()) fail();
  if (f.offset === undefined) {
    if (!styles.assumeUniversal && !styles.assumeLocal) return { date: wall, kind: "unspecified" };
    return { date: wall, kind: styles.adjustToUniversal ? "utc" : "local" };
  }
  const date = new Date(wall.getTime() - f.offset * 60_000);
  return { date, kind: styles.adjustToUniversal || (styles.roundtripKind && f.utc) ? "utc" : "local" };
}
