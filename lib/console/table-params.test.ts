import { describe, expect, it } from "vitest";
import { parseTableParams, ZPageNumber } from "./table-params";

describe("table params", () => {
  it.each([
    ["2", 2],
    [undefined, 1],
    ["0", 1],
    ["abc", 1],
    ["2.5", 1],
    ["1e300", 1],
  ])("page %j is %i", (page, expected) => {
    expect(ZPageNumber.parse(page ?? 1)).toBe(expected);
    expect(parseTableParams({ page }, ["name"], { id: "name", desc: false }).page).toBe(expected);
  });
});
