import { describe, expect, it } from "vitest";
import { ENT, FILTERS } from "@/tests/fixtures/entra-payloads";
import { parseListParams } from "./list-params";
import { toListResponse } from "./list-response";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";

describe("parseListParams: paging", () => {
  it.each([
    ["defaults", {}, { startIndex: 1, count: 200 }],
    ["E22 startIndex=1&count=2", { startIndex: "1", count: "2" }, { startIndex: 1, count: 2 }],
    ["startIndex below 1 becomes 1", { startIndex: "0" }, { startIndex: 1, count: 200 }],
    ["negative startIndex becomes 1", { startIndex: "-5" }, { startIndex: 1, count: 200 }],
    ["negative count becomes 0", { count: "-1" }, { startIndex: 1, count: 0 }],
    ["count=0 asks for totals only", { count: "0" }, { startIndex: 1, count: 0 }],
    ["count above the maximum is capped", { count: "100000" }, { startIndex: 1, count: 200 }],
    [
      "huge numbers do not overflow",
      { startIndex: "999999999999999999999999" },
      { startIndex: Number.MAX_SAFE_INTEGER, count: 200 },
    ],
    ["parameter names are case-insensitive", { STARTINDEX: "3", Count: "7" }, { startIndex: 3, count: 7 }],
    ["first of repeated values wins", { count: ["5", "9"] }, { startIndex: 1, count: 5 }],
  ])("%s", (_name, query, expected) => {
    expect(parseListParams(query)).toMatchObject(expected);
  });

  it("maxCount and defaultCount are configurable", () => {
    expect(parseListParams({}, { maxCount: 50, defaultCount: 20 })).toMatchObject({ count: 20 });
    expect(parseListParams({ count: "70" }, { maxCount: 50 })).toMatchObject({ count: 50 });
  });

  it.each([
    ["startIndex=abc", { startIndex: "abc" }, /^startIndex: must be an integer$/],
    ["count=1.5", { count: "1.5" }, /^count: must be an integer$/],
    ["sortOrder=up", { sortOrder: "up" }, /^sortOrder: must be "ascending" or "descending"$/],
  ])("%s is 400 invalidValue", (_name, query, detail) => {
    const error = scimErrorOf(() => parseListParams(query));
    expect(error.scimType).toBe("invalidValue");
    expect(error.detail).toMatch(detail);
  });
});

describe("parseListParams: filter, sort, attributes", () => {
  it("parses E1 from URLSearchParams (as the route hands it over) and ignores aadOptscim062020", () => {
    const params = parseListParams(new URLSearchParams(`aadOptscim062020&filter=${FILTERS.E1_WIRE}`));
    expect(params.filter).toEqual({
      kind: "compare",
      path: { attr: "userName" },
      op: "eq",
      value: { type: "string", value: "dale.mohr@romaguera.uk", quoted: true },
    });
  });

  it("E16: excludedAttributes=members with a displayName filter", () => {
    const params = parseListParams({ excludedAttributes: "members", filter: FILTERS.E16 });
    expect(params.excludedAttributes).toEqual([{ attr: "members" }]);
    expect(params.filter?.kind).toBe("compare");
  });

  it("an empty filter is no filter", () => {
    expect(parseListParams({ filter: "  " }).filter).toBeUndefined();
  });

  it("a bad filter is 400 invalidFilter (E21)", () => {
    expect(scimErrorOf(() => parseListParams({ filter: 'userName eq "x' })).scimType).toBe("invalidFilter");
  });

  it("filter limits pass through", () => {
    expect(
      scimErrorOf(() => parseListParams({ filter: 'userName eq "abc"' }, { filterLimits: { maxLength: 5 } })).detail,
    ).toMatch(/maximum is 5/);
  });

  it("sortOrder is case-insensitive; sortBy kept for sortToOrderBy", () => {
    expect(parseListParams({ sortBy: "userName", sortOrder: "DESCENDING" })).toMatchObject({
      sortBy: "userName",
      sortOrder: "descending",
    });
  });

  it("attributes are parsed into selectors (E3b attributes=id)", () => {
    expect(parseListParams({ attributes: "id" }).attributes).toEqual([{ attr: "id" }]);
    expect(parseListParams({ attributes: `${ENT}` }).attributes).toEqual([{ schemaUrn: ENT }]);
  });
});

describe("toListResponse", () => {
  it("E1: zero hits is a 200 envelope, never a 404", () => {
    expect(toListResponse({ resources: [], totalResults: 0, startIndex: 1 })).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
      totalResults: 0,
      Resources: [],
      startIndex: 1,
      itemsPerPage: 0,
    });
  });

  it("E22: itemsPerPage is the page size, totalResults all matches", () => {
    expect(toListResponse({ resources: [{ id: "a" }, { id: "b" }], totalResults: 5, startIndex: 1 })).toMatchObject({
      totalResults: 5,
      itemsPerPage: 2,
    });
  });
});
