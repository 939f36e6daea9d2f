import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("CSV cells (RFC 4180 and formula injection)", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555", "'+1 555"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTab", "'\tTab"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["Müller", "Müller"],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers, dates and empties as they are", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02T03:04:05.678Z");
  });

  it("ends each record with CRLF", () => {
    expect(csvLine(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});

describe("the CSV export's step and property summaries", () => {
  it("summarises the engine's JSON, and tolerates other shapes and bad text", async () => {
    const { stepsText, modifiedText } = await import("./export-provisioning-log");
    expect(
      stepsText(
        JSON.stringify([
          { name: "Import", status: "Success", detail: "Retrieved" },
          { name: "Scoping", status: "Skipped" },
        ]),
      ),
    ).toBe("Import: Success - Retrieved | Scoping: Skipped");
    expect(
      modifiedText(
        JSON.stringify([
          { name: "title", oldValue: null, newValue: "CTO" },
          { name: "dept", old: "A", new: "B" },
        ]),
      ),
    ).toBe("title: (none) -> CTO; dept: A -> B");
    expect(stepsText("not json")).toBe("");
    expect(stepsText(null)).toBe("");
  });
});
