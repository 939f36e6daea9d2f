import { describe, expect, it } from "vitest";
import { addressTerms, MAX_TERM_LENGTH, nameTerms, normalizeTermText } from "./word-start-terms";

describe("word-start terms", () => {
  it("a name: the whole name, then from each word start to the end", () => {
    expect(nameTerms("  Mira   López-Grant ")).toEqual(["mira lópez-grant", "lópez-grant", "grant"]);
    expect(nameTerms("O'Brien (Sales)")).toEqual(["o'brien (sales)", "brien (sales)", "sales)"]);
    expect(nameTerms("   ")).toEqual([]);
  });

  it("an address: the local part's word starts, then the domain after the last @ with and without it", () => {
    expect(addressTerms("Mira.Lopez@Northwind.example")).toEqual([
      "mira.lopez@northwind.example",
      "lopez@northwind.example",
      "@northwind.example",
      "northwind.example",
    ]);
    expect(addressTerms('"a@b"@contoso.com')).toEqual(['"a@b"@contoso.com', "@contoso.com", "contoso.com"]);
    expect(addressTerms("x@")).toEqual(["x@"]);
    expect(addressTerms("Sales Team")).toEqual(nameTerms("Sales Team"));
  });

  it("cuts each term, not the text, at MAX_TERM_LENGTH: a word past the limit still starts a term", () => {
    const terms = nameTerms(`${"a".repeat(300)} b`);
    expect(terms.map((t) => t.length)).toEqual([MAX_TERM_LENGTH, 1]);
    expect(terms[1]).toBe("b");
  });

  it("normalizes text as queries are normalized", () => {
    expect(normalizeTermText("  ANN \t Smith ")).toBe("ann smith");
  });
});
