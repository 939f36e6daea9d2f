// FormatDateTime's dateTimeStyles argument: .NET DateTimeStyles names, combined with commas, "|" or spaces.
// Empty means Entra's default: RoundtripKind, AllowLeadingWhite, AllowTrailingWhite.
import { DateFormatError } from "./dotnet-format-pattern";

export type DateTimeStyles = {
  leadingWhite: boolean;
  trailingWhite: boolean;
  innerWhite: boolean;
  noCurrentDateDefault: boolean;
  adjustToUniversal: boolean;
  assumeUniversal: boolean;
  assumeLocal: boolean;
  roundtripKind: boolean;
};

const NONE: DateTimeStyles = {
  leadingWhite: false,
  trailingWhite: false,
  innerWhite: false,
  noCurrentDateDefault: false,
  adjustToUniversal: false,
  assumeUniversal: false,
  assumeLocal: false,
  roundtripKind: false,
};

const NAMES: Record<string, Partial<DateTimeStyles>> = {
  none: {},
  allowleadingwhite: { leadingWhite: true },
  allowtrailingwhite: { trailingWhite: true },
  allowinnerwhite: { innerWhite: true },
  allowwhitespaces: { leadingWhite: true, trailingWhite: true, innerWhite: true },
  nocurrentdatedefault: { noCurrentDateDefault: true },
  adjusttouniversal: { adjustToUniversal: true },
  assumeuniversal: { assumeUniversal: true },
  assumelocal: { assumeLocal: true },
  roundtripkind: { roundtripKind: true },
};

export function parseDateTimeStyles(text: string | null): DateTimeStyles {
  if (text === null || text.trim() === "")
    return { ...NONE, roundtripKind: true, leadingWhite: true, trailingWhite: true };
  const styles = { ...NONE };
  for (const raw of text.split(/[\s,|]+/).filter(Boolean)) {
    const name = raw.replace(/^(System\.Globalization\.)?DateTimeStyles\./i, "").toLowerCase();
    const flags = NAMES[name];
    if (!flags)
      throw new DateFormatError(
        `"${raw}" is not a DateTimeStyles value (${Object.keys(NAMES).length} are known, e.g. AdjustToUniversal, AssumeUniversal, RoundtripKind)`,
      );
    Object.assign(styles, flags);
  }
  if (styles.roundtripKind && (styles.adjustToUniversal || styles.assumeUniversal || styles.assumeLocal)) {
    throw new DateFormatError(
      "RoundtripKind cannot be combined with AdjustToUniversal, AssumeUniversal or AssumeLocal",
    );
  }
  if (styles.assumeLocal && styles.assumeUniversal)
    throw new DateFormatError("AssumeLocal and AssumeUniversal exclude each other");
  return styles;
}
