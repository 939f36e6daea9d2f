import { describe, expect, it } from "vitest";
import { createLogBudget } from "./log-budget";

describe("createLogBudget", () => {
  it("allows `limit` lines per window, drops the rest, and reports the dropped count on the next allowed line", () => {
    let t = 0;
    const budget = createLogBudget({ limit: 3, windowMs: 1000, now: () => t });
    const first = Array.from({ length: 10 }, () => budget.take());
    expect(first.filter((r) => r.allowed)).toHaveLength(3);
    expect(first.map((r) => r.suppressed)).toEqual(Array(10).fill(0));
    t = 999;
    expect(budget.take().allowed).toBe(false);
    t = 1000;
    expect(budget.take()).toEqual({ allowed: true, suppressed: 8 });
    expect(budget.take()).toEqual({ allowed: true, suppressed: 0 });
  });

  it("keeps a flood to a bounded number of lines", () => {
    let t = 0;
    const budget = createLogBudget({ limit: 10, windowMs: 60_000, now: () => t });
    let allowed = 0;
    for (let i = 0; i < 100_000; i++) {
      t = i; // 100,000 attempts in 100 seconds
      if (budget.take().allowed) allowed++;
    }
    expect(allowed).toBe(20);
  });
});
