import { describe, expect, it } from "vitest";
import { identityTerms, normalizeIdentityQuery } from "./identity-terms";

/** What the search finds: a query matches when it is the start of one of the terms. */
const finds = (terms: string[], query: string) => terms.some((t) => t.startsWith(normalizeIdentityQuery(query)));

describe("identityTerms", () => {
  const mira = identityTerms({
    displayName: "Mira López-Grant",
    identity: "mira.lopez@northwind.example",
    mail: "mira@northwind-mail.example",
    ids: ["cl9sourceuserid", "6F1C2B1E-0A4B-4C39-9D5E-3D3B1D2E7A10", "tgt-42"],
  });

  it.each([
    ["Mira", true],
    ["mira l", true],
    ["López", true],
    ["lóp", true],
    ["grant", true],
    ["GRANT", true],
    ["  Mira   López ", true],
    ["mira.lopez@", true],
    ["lopez@north", true],
    ["@northwind", true],
    ["@NORTHWIND.example", true],
    ["northwind", true],
    ["@northwind-mail", true],
    ["6f1c2b1e", true],
    ["6F1C2B1E-0A4B", true],
    ["cl9source", true],
    ["tgt-42", true],
    ["ira", false],
    ["rant", false],
    ["@contoso", false],
    ["example", false],
    ["lopez mira", false],
    ["42", false],
  ])("%s → %s", (query, expected) => {
    expect(finds(mira, query)).toBe(expected);
  });

  it("lists each term once and nothing empty", () => {
    const terms = identityTerms({ displayName: "Sales", identity: "Sales", ids: ["g1", null, undefined, ""] });
    expect(terms).toEqual(["sales", "g1"]);
  });
});
