import { describe, expect, it } from "vitest";
import { timeWindow, parseDateInput } from "./date-range";
import { parseProvisioningLogFilters, provisioningLogQuery } from "./provisioning-log-filters";
import { parseScimLogFilters, scimLogQuery } from "./scim-log-filters";
import { prefixEnd } from "@/lib/db/sql";

describe("provisioning log filters from the URL", () => {
  it("defaults to the last 7 days, newest first", () => {
    const f = parseProvisioningLogFilters({});
    expect(f).toMatchObject({ q: "", range: "7d", status: [], action: [], hideOutOfScope: false, sort: "desc" });
    expect(provisioningLogQuery(f).toString()).toBe("");
  });

  it("reads every filter and writes back the same query", () => {
    const query =
      "q=Alice+Smith&range=30d&status=Failure%2CWarning&action=Create&app=app1&cycle=c1&change=ch1&hideOutOfScope=1&sort=at%3Aasc";
    const f = parseProvisioningLogFilters(new URLSearchParams(query));
    expect(f).toMatchObject({
      q: "Alice Smith",
      range: "30d",
      status: ["Failure", "Warning"],
      action: ["Create"],
      app: "app1",
      cycle: "c1",
      change: "ch1",
      hideOutOfScope: true,
      sort: "asc",
    });
    expect(provisioningLogQuery(f).toString()).toBe(query);
  });

  it("matches statuses and actions case-insensitively", () => {
    expect(parseProvisioningLogFilters({ status: "failure", action: "stageddelete" })).toMatchObject({
      status: ["Failure"],
      action: ["StagedDelete"],
    });
  });

  it("treats from/to as a custom range and drops them for other ranges", () => {
    expect(parseProvisioningLogFilters({ from: "2026-11-01" })).toMatchObject({ range: "custom", from: "2026-11-01" });
    expect(parseProvisioningLogFilters({ range: "24h", from: "2026-11-01" }).from).toBeUndefined();
  });

  it("falls back to defaults for bad values on a page, and refuses them when strict", () => {
    const bad = { status: "Exploded", range: "1y", from: "yesterday", sort: "name:asc" };
    expect(parseProvisioningLogFilters(bad)).toMatchObject({ status: [], range: "7d", sort: "desc" });
    expect(() => parseProvisioningLogFilters(bad, { strict: true })).toThrow(/status: "Exploded" is not one of/);
  });
});

describe("inbound SCIM log filters", () => {
  it("shows a followed request id whenever it happened", () => {
    const f = parseScimLogFilters({ requestId: "a-1,b-2" });
    expect(f).toMatchObject({ requestId: ["a-1", "b-2"], range: "all" });
    expect(scimLogQuery(f).toString()).toBe("range=all&requestId=a-1%2Cb-2");
  });

  it("reads status classes, methods and resource types", () => {
    expect(parseScimLogFilters({ status: "4xx,5xx", method: "post", resourceType: "group" })).toMatchObject({
      status: ["4xx", "5xx"],
      method: ["POST"],
      resourceType: ["Group"],
    });
  });
});

describe("dates and prefixes", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  it("resolves ranges against now, and custom dates as UTC with whole end days", () => {
    expect(timeWindow("24h", undefined, undefined, now)).toEqual({ from: new Date("2026-11-28T12:00:00Z") });
    expect(timeWindow("all", undefined, undefined, now)).toEqual({});
    expect(timeWindow("custom", "2026-11-01", "2026-11-02", now)).toEqual({
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-03T00:00:00Z"),
    });
    expect(parseDateInput("2026-11-01T10:30", false)).toEqual(new Date("2026-11-01T10:30:00Z"));
  });

  it("bounds a prefix range", () => {
    expect(prefixEnd("alice")).toBe("alicf");
    expect(prefixEnd("a\uffff")).toBe("b");
    expect("alice smith" >= "alice" && "alice smith" < prefixEnd("alice")).toBe(true);
    expect("alicea" < prefixEnd("alice") && "alicf" < prefixEnd("alice")).toBe(false);
  });
});
