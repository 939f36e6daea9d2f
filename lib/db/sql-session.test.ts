import { describe, expect, it } from "vitest";
import { sqlLimit, sqlList, sqlRows } from "./sql-session";

describe("SQL text helpers", () => {
  it("writes LIMIT's number into the text, and only a whole number ≥ 0", () => {
    expect(sqlLimit(100)).toBe("LIMIT 100");
    expect(sqlLimit(0)).toBe("LIMIT 0");
    for (const bad of [-1, 2.5, Number.NaN, Infinity, 2 ** 53]) expect(() => sqlLimit(bad)).toThrow(RangeError);
  });

  it("lists placeholders for IN lists and multi-row VALUES", () => {
    expect(sqlList(3)).toBe("?, ?, ?");
    expect(sqlList(150).split(", ")).toHaveLength(150);
    expect(sqlRows(2, 2)).toBe("(?, ?), (?, ?)");
  });
});
