import { describe, it, expect } from "vitest";
import { pageWithTotal } from "./page-with-total";

function source(n: number) {
  const calls = { count: 0, find: 0 };
  const all = Array.from({ length: n }, (_, i) => i);
  return {
    calls,
    count: async () => (calls.count++, n),
    find: async (skip: number, take: number) => (calls.find++, all.slice(skip, skip + take)),
  };
}

describe("pageWithTotal", () => {
  it("skips the count when the first page is not full (a lookup)", async () => {
    const s = source(1);
    expect(await pageWithTotal(1, 100, s.count, s.find)).toEqual({ rows: [0], totalResults: 1 });
    expect(s.calls).toEqual({ count: 0, find: 1 });
  });
  it("counts when the first page is full", async () => {
    const s = source(5);
    expect(await pageWithTotal(1, 2, s.count, s.find)).toEqual({ rows: [0, 1], totalResults: 5 });
    expect(s.calls).toEqual({ count: 1, find: 1 });
  });
  it("only counts for count=0, and reads nothing past the end", async () => {
    const s = source(5);
    expect(await pageWithTotal(1, 0, s.count, s.find)).toEqual({ rows: [], totalResults: 5 });
    expect(await pageWithTotal(9, 2, s.count, s.find)).toEqual({ rows: [], totalResults: 5 });
    expect(s.calls.find).toBe(0);
  });
  it("pages from a later startIndex", async () => {
    const s = source(5);
    expect(await pageWithTotal(4, 2, s.count, s.find)).toEqual({ rows: [3, 4], totalResults: 5 });
  });
  it("answers an empty result with zero", async () => {
    const s = source(0);
    expect(await pageWithTotal(1, 20, s.count, s.find)).toEqual({ rows: [], totalResults: 0 });
  });
});
