// DateTime.ToString(format) for the en-US culture, over the parts of dotnet-format-pattern.ts. Fractions past
// milliseconds print as zeros; z/zz/zzz print the server's offset, which is UTC.
import { DAY_NAMES, MONTH_NAMES, type DateTimeValue } from "./date-time-value";
import { parseFormatPattern } from "./dotnet-format-pattern";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function field(value: DateTimeValue, letter: string, length: number): string {
  const d = value.date;
  const hour = d.getUTCHours();
  const fraction = pad(d.getUTCMilliseconds(), 3).padEnd(7, "0");
  switch (letter) {
    case "d":
      if (length >= 4) return DAY_NAMES[d.getUTCDay()]!;
      if (length === 3) return DAY_NAMES[d.getUTCDay()]!.slice(0, 3);
      return pad(d.getUTCDate(), length);
    case "M":
      if (length >= 4) return MONTH_NAMES[d.getUTCMonth()]!;
      if (length === 3) return MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3);
      return pad(d.getUTCMonth() + 1, length);
    case "y": {
      const year = d.getUTCFullYear();
      return length <= 2 ? pad(year % 100, length) : pad(year, length);
    }
    case "h":
      return pad(hour % 12 || 12, Math.min(length, 2));
    case "H":
      return pad(hour, Math.min(length, 2));
    case "m":
      return pad(d.getUTCMinutes(), Math.min(length, 2));
    case "s":
      return pad(d.getUTCSeconds(), Math.min(length, 2));
    case "f":
      return fraction.slice(0, length);
    case "F":
      return fraction.slice(0, length).replace(/0+$/, "");
    case "t":
      return (hour < 12 ? "AM" : "PM").slice(0, length === 1 ? 1 : 2);
    case "g":
      return "A.D.";
    case "z":
      return length === 1 ? "+0" : length === 2 ? "+00" : "+00:00";
    case "K":
      return value.kind === "utc" ? "Z" : value.kind === "local" ? "+00:00" : "";
    case "Z":
      return "Z";
    default:
      return "";
  }
}

export function formatDotNet(value: DateTimeValue, format: string): string {
  let out = "";
  for (const part of parseFormatPattern(format)) {
    if (part.kind === "literal") {
      out += part.text;
      continue;
    }
    const text = field(value, part.letter, part.length);
    // An all-zero F fraction drops the decimal point written before it.
    if (part.letter === "F" && text === "" && out.endsWith(".")) out = out.slice(0, -1);
    out += text;
  }
  return out;
}
