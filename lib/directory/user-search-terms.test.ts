import { describe, expect, it } from "vitest";
import { searchWords, userSearchTerms } from "./user-search-terms";

/** What the Directory search finds: every word of the query starts one of the user's terms. */
const finds = (terms: string[], query: string) =>
  searchWords(query).every((word) => terms.some((t) => t.startsWith(word)));

describe("userSearchTerms", () => {
  const ann = userSearchTerms({
    userName: "Ann.Smith-Jones@Contoso.com",
    displayName: "Ann  Smith-Jones",
    givenName: "Ann",
    familyName: "Smith-Jones",
    emails: ["ann.smith-jones@contoso.com", "a+news@Fabrikam.example"],
  });
  // LogMeIn's default mappings send no displayName: the given and family names are the name.
  const noDisplay = userSearchTerms({ userName: "eve@contoso.com", givenName: "Ève", familyName: "O'Brien" });

  it.each([
    ["ann", true],
    ["ANN", true],
    ["ann smi", true],
    ["smith ann", true],
    ["smith, ann", true],
    ["  Ann   Smith ", true],
    ["smith", true],
    ["jones", true],
    ["smith-jo", true],
    ["ann.smith", true],
    ["smith-jones@con", true],
    ["@contoso", true],
    ["contoso.com", true],
    ["a+news", true],
    ["news@fab", true],
    ["fabrikam", true],
    ["nn", false],
    ["mith", false],
    ["ann zed", false],
    ["com", false],
    ["@fabrikam.example.org", false],
  ])("Ann Smith-Jones: %s → %s", (query, expected) => {
    expect(finds(ann, query)).toBe(expected);
  });

  it.each([
    ["ève", true],
    ["ève o'b", true],
    ["brien", true],
    ["o'brien", true],
    ["eve", true],
    ["eve o", true],
    ["obrien", false],
  ])("Ève O'Brien (no displayName): %s → %s", (query, expected) => {
    expect(finds(noDisplay, query)).toBe(expected);
  });

  it("lists each term once, nothing empty, none longer than 200 characters", () => {
    const terms = userSearchTerms({ userName: "x@y", displayName: "  ", givenName: null, emails: ["X@Y"] });
    expect(terms).toEqual(["x@y", "@y", "y"]);
    const long = userSearchTerms({ userName: `${"a".repeat(300)} b` });
    expect(long.map((t) => t.length)).toEqual([200, 1]);
  });
});

describe("searchWords", () => {
  it.each([
    ["Ann Smith", ["ann", "smith"]],
    ["smith,ann", ["smith", "ann"]],
    ["ann an ann", ["ann"]],
    ["  ", []],
    ["50%_off", ["50%_off"]],
  ])("%s → %j", (query, words) => {
    expect(searchWords(query)).toEqual(words);
  });
});
