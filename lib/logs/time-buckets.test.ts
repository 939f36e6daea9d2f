import { describe, expect, it } from "vitest";
import {
  dayBuckets,
  fillOutcomeDays,
  fillRequestHours,
  formatRate,
  hourBuckets,
  hourKey,
  nextHourStart,
} from "./time-buckets";

const now = new Date("2026-12-06T08:15:30.000Z");

describe("dayBuckets", () => {
  it("gives 14 UTC days ending today, starting at midnight of the first", () => {
    const { keys, from } = dayBuckets(now, 14);
    expect(keys).toHaveLength(14);
    expect(keys[0]).toBe("2026-11-23");
    expect(keys[13]).toBe("2026-12-06");
    expect(from.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
  it("crosses month and year ends", () => {
    expect(dayBuckets(new Date("2027-01-02T00:00:01Z"), 3).keys).toEqual(["2026-12-31", "2027-01-01", "2027-01-02"]);
  });
});

describe("hourBuckets", () => {
  it("gives 24 whole UTC hours ending with the current one", () => {
    const { keys, from } = hourBuckets(now, 24);
    expect(keys).toHaveLength(24);
    expect(keys[0]).toBe("2026-12-05T09");
    expect(keys[23]).toBe("2026-12-06T08");
    expect(from.toISOString()).toBe("2026-12-05T09:00:00.000Z");
  });
});

describe("hourKey and nextHourStart", () => {
  it("key a time by its UTC hour and find where the next hour starts, on the hour too", () => {
    expect(hourKey(now)).toBe("2026-12-06T08");
    expect(nextHourStart(now).toISOString()).toBe("2026-12-06T09:00:00.000Z");
    expect(nextHourStart(new Date("2026-12-06T09:00:00.000Z")).toISOString()).toBe("2026-12-06T10:00:00.000Z");
    expect(nextHourStart(new Date("2026-12-31T23:59:59.999Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("fillOutcomeDays", () => {
  it("puts each count in its day and status, zero-fills quiet days and ignores rows outside the window", () => {
    const days = fillOutcomeDays(
      ["2026-12-05", "2026-12-06"],
      [
        { day: "2026-12-06", status: "Success", n: 7 },
        { day: "2026-12-06", status: "Failure", n: 2 },
        { day: "2026-12-04", status: "Success", n: 99 },
        { day: "2026-12-06", status: "day", n: 5 },
      ],
    );
    expect(days).toEqual([
      { day: "2026-12-05", Success: 0, Failure: 0, Skipped: 0, Warning: 0 },
      { day: "2026-12-06", Success: 7, Failure: 2, Skipped: 0, Warning: 0 },
    ]);
  });
});

describe("fillRequestHours", () => {
  it("computes the error rate per hour and zero-fills hours without requests", () => {
    const hours = fillRequestHours(
      ["2026-12-06T07", "2026-12-06T08"],
      [{ hour: "2026-12-06T08", n: 40 }],
      [{ hour: "2026-12-06T08", n: 10 }],
    );
    expect(hours).toEqual([
      { hour: "2026-12-06T07", total: 0, errors: 0, errorRate: 0 },
      { hour: "2026-12-06T08", total: 40, errors: 10, errorRate: 0.25 },
    ]);
  });
});

describe("formatRate", () => {
  it.each([
    [0, "0 %"],
    [0.004, "0.4 %"],
    [0.25, "25 %"],
    [1, "100 %"],
  ])("%s → %s", (rate, text) => expect(formatRate(rate)).toBe(text));
});
