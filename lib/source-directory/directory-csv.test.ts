import { describe, expect, it } from "vitest";
import { parseDirectoryCsv } from "./directory-csv";

describe("parseDirectoryCsv", () => {
  it("reads users with their groups and defaults", () => {
    const csv =
      "userPrincipalName,displayName,department,accountEnabled,groups\nalice@contoso.com,Alice Smith,Sales,,Sales; EMEA ;Sales\nbob@contoso.com,Bob,,FALSE,\n";
    const { rows, errors } = parseDirectoryCsv(csv);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      groups: ["Sales", "EMEA"],
      user: {
        userPrincipalName: "alice@contoso.com",
        department: "Sales",
        accountEnabled: true,
        objectId: null,
        surname: null,
      },
    });
    expect(rows[1]).toMatchObject({ groups: [], user: { accountEnabled: false, department: null } });
  });

  it("reports every bad row with its number and column", () => {
    const csv = [
      "objectId,userPrincipalName,displayName,mail,accountEnabled",
      ",not-an-upn,Bad UPN,,",
      "zzz,carol@contoso.com,Carol,,",
      ",dave@contoso.com,,,",
      ",erin@contoso.com,Erin,erin-at-contoso,maybe",
      ",Alice@contoso.com,Alice,,",
      ",alice@CONTOSO.com,Alice again,,",
      ",frank@contoso.com,Frank",
    ].join("\n");
    const { errors } = parseDirectoryCsv(csv);
    expect(errors).toEqual([
      { row: 2, column: "userPrincipalName", message: "userPrincipalName must look like name@domain.com." },
      { row: 3, column: "objectId", message: "objectId must be a GUID (or left empty to generate one)." },
      { row: 4, column: "displayName", message: "displayName is required." },
      { row: 5, column: "accountEnabled", message: 'accountEnabled "maybe" is not true or false.' },
      { row: 5, column: "mail", message: "mail must be an email address." },
      { row: 7, column: "userPrincipalName", message: "alice@CONTOSO.com is also on row 6." },
      { row: 8, message: "Has 3 fields; the header has 5." },
    ]);
  });

  it("refuses unknown and missing columns before reading rows", () => {
    expect(parseDirectoryCsv("upn,name\na@b.c,A").errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/Unknown column "upn"/),
      expect.stringMatching(/Unknown column "name"/),
      'The column "userPrincipalName" is required.',
      'The column "displayName" is required.',
    ]);
    expect(parseDirectoryCsv("").errors[0]!.message).toMatch(/empty/);
  });
});
