import { describe, expect, it } from "vitest";
import { formatRelative, formatShortDay, formatUtc, toIsoUtc } from "./format-date";

const now = new Date("2026-12-06T08:15:30.000Z");

describe("formatUtc", () => {
  it("writes the exact UTC time to the second", () => {
    expect(formatUtc(new Date("2026-12-06T08:15:30.123Z"))).toBe("2026-12-06 08:15:30 UTC");
    expect(formatUtc("2026-11-29T13:41:46.666+00:00")).toBe("2026-11-29 13:41:46 UTC");
  });
  it("writes a dash for a missing or unreadable time", () => {
    expect(formatUtc(null)).toBe("—");
    expect(formatUtc(undefined)).toBe("—");
    expect(formatUtc("not a date")).toBe("—");
  });
});

describe("toIsoUtc", () => {
  it("writes ISO 8601 with a Z for a Date and for SQLite's stored text", () => {
    expect(toIsoUtc(new Date("2026-12-06T08:15:30.123Z"))).toBe("2026-12-06T08:15:30.123Z");
    expect(toIsoUtc("2026-11-29T13:41:46.666+00:00")).toBe("2026-11-29T13:41:46.666Z");
  });
});

describe("formatShortDay", () => {
  it("writes a day key as month and day", () => {
    expect(formatShortDay("2026-12-06")).toBe("Dec 6");
    expect(formatShortDay("2027-01-01")).toBe("Jan 1");
  });
});

describe("formatRelative", () => {
  it.each([
    ["2026-12-06T08:15:00Z", "just now"],
    ["2026-12-06T08:10:30Z", "5 minutes ago"],
    ["2026-12-06T08:14:30Z", "1 minute ago"],
    ["2026-12-06T05:15:30Z", "3 hours ago"],
    ["2026-12-06T08:55:30Z", "in 40 minutes"],
    ["2026-12-04T08:15:30Z", "2 days ago"],
    ["2026-12-16T08:15:30Z", "in 1 week"],
    ["2026-09-06T08:15:30Z", "3 months ago"],
  ])("%s → %s", (at, text) => expect(formatRelative(at, now)).toBe(text));
});
