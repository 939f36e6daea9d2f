import { describe, expect, it } from "vitest";
import { emptyCounts } from "./counts";
import { DAY_MS, healthVerdict, quarantineDelayMs, shouldGiveUp } from "./health";

describe("healthVerdict", () => {
  it("quarantines on a fatal failure at once", () => {
    expect(healthVerdict(emptyCounts(), { code: "X", reason: "401" })).toEqual({ code: "X", reason: "401" });
  });
  it("quarantines when most of at least ten attempts failed, not before", () => {
    const c = emptyCounts();
    c.users.failed = 8;
    c.users.created = 1;
    expect(healthVerdict(c)).toBeNull();
    c.users.failed = 9;
    c.users.skipped = 500;
    expect(healthVerdict(c)?.code).toBe("MostRequestsFailed");
    c.users.created = 5;
    expect(healthVerdict(c)).toBeNull();
  });
});

describe("quarantine escalation", () => {
  it("doubles the interval per level up to once a day and gives up after four weeks", () => {
    expect(quarantineDelayMs(1, 40)).toBe(80 * 60_000);
    expect(quarantineDelayMs(3, 40)).toBe(320 * 60_000);
    expect(quarantineDelayMs(9, 40)).toBe(DAY_MS);
    const now = new Date("2026-03-01T00:00:00Z");
    expect(shouldGiveUp(new Date(now.getTime() - 27 * DAY_MS), now)).toBe(false);
    expect(shouldGiveUp(new Date(now.getTime() - 28 * DAY_MS), now)).toBe(true);
    expect(shouldGiveUp(null, now)).toBe(false);
  });
});
