// The database rate limiter behind sign-in attempts and failure mails: counts per window, a new window after it
// runs out, and no double grant when attempts arrive in parallel (PostgreSQL's read committed included).
import { describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/ops/rate-limit";
import { unique } from "./support/cli";

const MINUTE = 60_000;

describe("consumeRateLimit", () => {
  it("allows `limit` attempts per window, says when to retry, and starts a new window once it has passed", async () => {
    const key = unique("rl-window");
    const t0 = new Date("2026-05-01T10:00:00.000Z");
    const first = await Promise.all([0, 1, 2].map(() => consumeRateLimit(key, 3, 15 * MINUTE, t0)));
    expect(first.map((r) => r.allowed)).toEqual([true, true, true]);
    const fourth = await consumeRateLimit(key, 3, 15 * MINUTE, new Date(t0.getTime() + 5 * MINUTE));
    expect(fourth).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    const later = await consumeRateLimit(key, 3, 15 * MINUTE, new Date(t0.getTime() + 16 * MINUTE));
    expect(later).toEqual({ allowed: true, retryAfterSeconds: 15 * 60 });
  });

  it("grants exactly one of many parallel attempts when the limit is one", async () => {
    const key = unique("rl-parallel");
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit(key, 1, 15 * MINUTE, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(1);
  });
});
