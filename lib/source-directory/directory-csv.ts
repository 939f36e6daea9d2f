// The source directory's CSV format: one user per row, its groups in a "groups" column (names separated by ";").
// Parsing validates every row and reports each problem with its row number; nothing is half-read.
import { parseCsv } from "./csv";
import { parseBooleanText, ZSourceUser, type TSourceUser } from "./schemas";

export const CSV_COLUMNS = [
  "objectId",
  "userPrincipalName",
  "displayName",
  "givenName",
  "surname",
  "mail",
  "mailNickname",
  "department",
  "jobTitle",
  "employeeId",
  "costCenter",
  "division",
  "companyName",
  "officeLocation",
  "accountEnabled",
  "groups",
] as const;
const REQUIRED = ["userPrincipalName", "displayName"];
export const MAX_IMPORT_ROWS = 100_000;

export type CsvRowError = { row: number; column?: string; message: string };
export type ParsedRow = { row: number; user: TSourceUser; groups: string[] | undefined };

export function splitGroups(value: string): string[] {
  return [
    ...new Set(
      value
        .split(";")
        .map((g) => g.trim())
        .filter(Boolean),
    ),
  ];
}

export function parseDirectoryCsv(text: string): { rows: ParsedRow[]; errors: CsvRowError[] } {
  const table = parseCsv(text);
  if (table.length === 0)
    return { rows: [], errors: [{ row: 1, message: "The file is empty: it needs a header row." }] };
  const header = table[0]!.map((h) => h.trim());
  const errors: CsvRowError[] = [];
  const known = new Map(CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.map((h) => known.get(h.toLowerCase()));
  header.forEach((h, i) => {
    if (!columns[i])
      errors.push({ row: 1, column: h, message: `Unknown column "${h}". The columns are: ${CSV_COLUMNS.join(", ")}.` });
  });
  for (const r of REQUIRED)
    if (!columns.includes(r as (typeof CSV_COLUMNS)[number]))
      errors.push({ row: 1, column: r, message: `The column "${r}" is required.` });
  if (new Set(columns.filter(Boolean)).size !== columns.filter(Boolean).length)
    errors.push({ row: 1, message: "A column appears twice in the header." });
  if (table.length - 1 > MAX_IMPORT_ROWS)
    errors.push({ row: 1, message: `At most ${MAX_IMPORT_ROWS} rows per import.` });
  if (errors.length) return { rows: [], errors };

  const rows: ParsedRow[] = [];
  const seenUpn = new Map<string, number>();
  const seenObject = new Map<string, number>();
  table.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== header.length) {
      errors.push({ row, message: `Has ${cells.length} fields; the header has ${header.length}.` });
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c!] = cells[i]!));
    const enabled = values.accountEnabled === undefined ? undefined : parseBooleanText(values.accountEnabled);
    if (enabled === null)
      errors.push({
        row,
        column: "accountEnabled",
        message: `accountEnabled "${values.accountEnabled}" is not true or false.`,
      });
    const parsed = ZSourceUser.safeParse({ ...values, accountEnabled: enabled ?? undefined });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row, column: String(issue.path[0] ?? ""), message: issue.message });
      return;
    }
    const upn = parsed.data.userPrincipalName.toLowerCase();
    if (seenUpn.has(upn))
      errors.push({
        row,
        column: "userPrincipalName",
        message: `${parsed.data.userPrincipalName} is also on row ${seenUpn.get(upn)}.`,
      });
    else seenUpn.set(upn, row);
    const oid = parsed.data.objectId?.toLowerCase();
    if (oid && seenObject.has(oid))
      errors.push({ row, column: "objectId", message: `objectId ${oid} is also on row ${seenObject.get(oid)}.` });
    else if (oid) seenObject.set(oid, row);
    rows.push({
      row,
      user: { ...parsed.data, objectId: oid ?? null },
      groups: values.groups === undefined ? undefined : splitGroups(values.groups),
    });
  });
  return { rows, errors };
}
