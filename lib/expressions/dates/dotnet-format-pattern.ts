// Splits a .NET date and time format string into fields and literals, as DateTime.ToString and ParseExact read
// it: custom specifiers (yyyy, MM, dd, HH, hh, mm, ss, f…, F…, tt, z…, K, ddd…, MMM…), quoted and escaped
// literals, "%x" for a lone specifier, and the standard one-letter formats of the en-US culture Entra uses.
export type FormatPart = { kind: "field"; letter: string; length: number } | { kind: "literal"; text: string };

const FIELD_LETTERS = "dfFghHKmMstyzZ";

const STANDARD_FORMATS: Record<string, string> = {
  d: "M/d/yyyy",
  D: "dddd, MMMM d, yyyy",
  f: "dddd, MMMM d, yyyy h:mm tt",
  F: "dddd, MMMM d, yyyy h:mm:ss tt",
  g: "M/d/yyyy h:mm tt",
  G: "M/d/yyyy h:mm:ss tt",
  m: "MMMM d",
  M: "MMMM d",
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: "h:mm tt",
  T: "h:mm:ss tt",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  y: "MMMM yyyy",
  Y: "MMMM yyyy",
};

/** A format string .NET would reject ("pattern"), or a value that does not match its format ("value"). */
export class DateFormatError extends Error {
  constructor(
    message: string,
    readonly reason: "pattern" | "value" = "pattern",
  ) {
    super(message);
  }
}

export function parseFormatPattern(format: string): FormatPart[] {
  if (format === "") throw new DateFormatError("the format is empty");
  if (format.length === 1) {
    const standard = STANDARD_FORMATS[format];
    if (!standard) {
      const hint = FIELD_LETTERS.includes(format) ? `; write "%${format}" for the single custom specifier` : "";
      throw new DateFormatError(`"${format}" is not a standard date and time format${hint}`);
    }
    return parseFormatPattern(standard);
  }
  const parts: FormatPart[] = [];
  const literal = (text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === "literal") last.text += text;
    else parts.push({ kind: "literal", text });
  };
  for (let i = 0; i < format.length;) {
    const c = format[i]!;
    if (c === "'" || c === '"') {
      const close = format.indexOf(c, i + 1);
      if (close === -1)
        throw new DateFormatError(`the quoted text starting at character ${i + 1} of the format has no closing ${c}`);
      literal(format.slice(i + 1, close));
      i = close + 1;
    } else if (c === "\\") {
      if (i + 1 >= format.length) throw new DateFormatError("the format ends with a lone backslash");
      literal(format[i + 1]!);
      i += 2;
    } else if (c === "%") {
      const next = format[i + 1];
      if (next === undefined || !FIELD_LETTERS.includes(next))
        throw new DateFormatError('"%" must be followed by a format specifier');
      parts.push({ kind: "field", letter: next, length: 1 });
      i += 2;
    } else if (FIELD_LETTERS.includes(c)) {
      let length = 1;
      while (format[i + length] === c) length++;
      if ((c === "f" || c === "F") && length > 7)
        throw new DateFormatError(`"${c.repeat(length)}": at most 7 fraction digits`);
      parts.push({ kind: "field", letter: c, length });
      i += length;
    } else {
      literal(c);
      i++;
    }
  }
  return parts;
}
