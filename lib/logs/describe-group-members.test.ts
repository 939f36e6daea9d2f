import { describe, expect, it } from "vitest";
import { parseMemberIds } from "./describe-group-members";

describe("parseMemberIds", () => {
  it("reads the ids the engine lists, and how many more it left out", () => {
    expect(parseMemberIds("a1, b2, c3")).toEqual({ ids: ["a1", "b2", "c3"], more: 0 });
    const many = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(parseMemberIds(`${many.join(", ")} … (45 in all)`)).toEqual({ ids: many, more: 25 });
    expect(parseMemberIds(null)).toEqual({ ids: [], more: 0 });
  });
});
