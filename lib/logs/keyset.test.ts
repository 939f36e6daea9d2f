import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, settlePage } from "./keyset";

const rows = (n: number, start = 0) =>
  Array.from({ length: n }, (_, i) => ({ at: new Date(1_000_000 - (start + i) * 1000), id: `r${start + i}` }));

describe("keyset cursors", () => {
  it("round-trips and rejects tampering", () => {
    const c = { dir: "after" as const, at: new Date(1764400000123), id: "cm1abc", offset: 50 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("a1.2.x y")).toBeNull();
    expect(decodeCursor("z1.2.abc")).toBeNull();
    expect(decodeCursor("a1.2.abc'--")).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it("first page: no previous, a next cursor when more rows exist", () => {
    const { rows: page, links } = settlePage(rows(3), 2, null);
    expect(page.map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(links.previous).toBeNull();
    expect(decodeCursor(links.next)).toMatchObject({ dir: "after", id: "r1", offset: 2 });
  });

  it("last page: no next", () => {
    const { links } = settlePage(rows(1, 4), 2, { dir: "after", at: new Date(0), id: "r3", offset: 4 });
    expect(links.next).toBeNull();
    expect(decodeCursor(links.previous)).toMatchObject({ dir: "before", id: "r4", offset: 4 });
    expect(links.offset).toBe(4);
  });

  it("going back reverses the fetched rows and knows when it reached the start", () => {
    // Fetched in ascending order (the page's own order when going back), fewer than pageSize + 1: the start.
    const fetched = rows(2).reverse();
    const { rows: page, links } = settlePage(fetched, 2, { dir: "before", at: new Date(0), id: "r2", offset: 2 });
    expect(page.map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(links.previous).toBeNull();
    expect(links.offset).toBe(0);
    expect(decodeCursor(links.next)).toMatchObject({ dir: "after", id: "r1", offset: 2 });
  });
});
