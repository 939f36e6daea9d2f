import { describe, it, expect } from "vitest";
import { matchFileContent, matchTxtRecords, matchValue, normalizeValue } from "./match-verification";

const UUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const CODE = `logmein-verification-code=${UUID}`;
const OTHER = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

describe("matchValue", () => {
  it.each([
    ["the code as shown", CODE],
    ["the GoTo prefix", `goto-verification-code=${UUID}`],
    ["surrounding double quotes", `"${CODE}"`],
    ["surrounding single quotes", `'${CODE}'`],
    ["typographic quotes from a word processor", `\u201c${CODE}\u201d`],
    ["quotes and padding", `  " ${CODE} "  `],
    ["upper-case prefix and code", CODE.toUpperCase()],
    ["spaces around the equals sign", `logmein-verification-code = ${UUID}`],
    ["tabs and a trailing newline", `\t${CODE}\n`],
  ])("accepts %s", (_label, value) => {
    expect(matchValue(value, CODE).matched).toBe(true);
  });

  it.each([
    ["a wrong prefix", `logmein-verify=${UUID}`, /prefix "logmein-verify" is not accepted/],
    ["an SPF record", "v=spf1 include:_spf.example.com ~all", /Not a verification record/],
    ["another code", `logmein-verification-code=${OTHER}`, /not this domain's current one/],
    ["an empty code", "logmein-verification-code=", /code after it is empty/],
    ["extra text after the code", `${CODE} please`, /extra text/],
    ["a colon instead of an equals sign", `logmein-verification-code: ${UUID}`, /equals sign/],
    ["the bare uuid", UUID, /not in the form logmein-verification-code=/],
    [
      "a space inside the code",
      `logmein-verification-code=${UUID.slice(0, 8)} ${UUID.slice(8)}`,
      /not this domain's current one/,
    ],
  ])("refuses %s and says why", (_label, value, why) => {
    const result = matchValue(value, CODE);
    expect(result.matched).toBe(false);
    expect(result.reason).toMatch(why);
  });

  it("compares against the code's uuid, whatever prefix the stored code has", () => {
    expect(matchValue(`logmein-verification-code=${UUID}`, `goto-verification-code=${UUID}`).matched).toBe(true);
  });
});

describe("normalizeValue", () => {
  it("strips one pair of quotes and whitespace, not quotes inside", () => {
    expect(normalizeValue(' "a"b" ')).toBe('a"b');
    expect(normalizeValue('"unbalanced')).toBe('"unbalanced');
  });
});

describe("matchTxtRecords", () => {
  it("reports every record at the name, matched or not, with a reason each", () => {
    const findings = matchTxtRecords(
      [["v=spf1 -all"], ["google-site-verification=abc"], [CODE], [`logmein-verification-code=${OTHER}`]],
      CODE,
    );
    expect(findings.map((f) => f.matched)).toEqual([false, false, true, false]);
    expect(findings.map((f) => f.value)).toEqual([
      "v=spf1 -all",
      "google-site-verification=abc",
      CODE,
      `logmein-verification-code=${OTHER}`,
    ]);
    expect(findings.every((f) => f.reason.length > 0)).toBe(true);
  });

  it("joins a multi-string record before matching", () => {
    const [finding] = matchTxtRecords([["logmein-verification-code=", UUID.slice(0, 18), UUID.slice(18)]], CODE);
    expect(finding).toMatchObject({ matched: true, strings: 3, value: CODE });
  });

  it("also accepts a record whose separate strings include the code", () => {
    const [finding] = matchTxtRecords([["some-other=value", CODE]], CODE);
    expect(finding!.matched).toBe(true);
    expect(finding!.reason).toMatch(/String 2 of 2/);
  });

  it("refuses a multi-string record that holds no code", () => {
    const [finding] = matchTxtRecords([["v=spf1 ", "-all"]], CODE);
    expect(finding).toMatchObject({ matched: false, strings: 2, value: "v=spf1 -all" });
  });

  it("returns nothing for no records", () => {
    expect(matchTxtRecords([], CODE)).toEqual([]);
  });
});

describe("matchFileContent", () => {
  it("accepts the code line with or without a trailing newline, CRLF or BOM", () => {
    for (const body of [CODE, `${CODE}\n`, `${CODE}\r\n`, `\uFEFF${CODE}`, `goto-verification-code=${UUID}\n`]) {
      expect(matchFileContent(body, CODE).matched, JSON.stringify(body)).toBe(true);
    }
  });

  it("refuses extra lines, an empty file, an HTML page and another code", () => {
    expect(matchFileContent(`${CODE}\nhello`, CODE)).toMatchObject({
      matched: false,
      reason: expect.stringMatching(/only the code line/),
    });
    expect(matchFileContent("  \n", CODE)).toMatchObject({ matched: false, reason: "The file is empty." });
    expect(matchFileContent("<html><body>Not found</body></html>", CODE)).toMatchObject({
      matched: false,
      reason: "The file does not contain this domain's code.",
    });
    expect(matchFileContent(`logmein-verification-code=${OTHER}`, CODE).matched).toBe(false);
  });
});
