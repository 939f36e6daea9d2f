import { describe, it, expect } from "vitest";
import { createWriteBatcher } from "./write-batcher";

describe("createWriteBatcher", () => {
  it("writes rows added together in one batch and settles every caller after it", async () => {
    const batches: number[][] = [];
    const b = createWriteBatcher<number>(async (rows) => void batches.push(rows), { delayMs: 5 });
    await Promise.all([b.add(1), b.add(2), b.add(3)]);
    expect(batches).toEqual([[1, 2, 3]]);
    await b.add(4);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it("flushes at once when a batch is full", async () => {
    const batches: number[][] = [];
    const b = createWriteBatcher<number>(async (rows) => void batches.push(rows), { maxRows: 2, delayMs: 10_000 });
    await Promise.all([b.add(1), b.add(2)]);
    expect(batches).toEqual([[1, 2]]);
  });

  it("settles callers even when the write fails, and keeps working", async () => {
    let fail = true;
    const written: number[] = [];
    const b = createWriteBatcher<number>(
      async (rows) => {
        if (fail) throw new Error("disk full");
        written.push(...rows);
      },
      { delayMs: 1 },
    );
    await expect(b.add(1)).rejects.toThrow("disk full");
    fail = false;
    await b.add(2);
    expect(written).toEqual([2]);
  });
});
