import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quotes, escaped quotes, embedded commas and line breaks, CRLF and a BOM", () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "line1\nline2"],
      ["1", "", "3"],
    ]);
  });
  it("ignores blank lines and keeps a last line without a newline", () => {
    expect(parseCsv("a,b\n\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("toCsv", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(
      toCsv(
        ["n", "v"],
        [
          ["a,b", 'q"'],
          ["=SUM(A1)", null],
        ],
      ),
    ).toBe('n,v\r\n"a,b","q"""\r\n\'=SUM(A1),\r\n');
  });
  it("round-trips through parseCsv", () => {
    const rows = [
      ["Ann", "Sales; Legal", "true"],
      ['Bo "B"', "", "false"],
    ];
    expect(parseCsv(toCsv(["name", "groups", "enabled"], rows)).slice(1)).toEqual(rows);
  });
});
