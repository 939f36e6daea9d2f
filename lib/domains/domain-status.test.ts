import { describe, it, expect } from "vitest";
import { effectiveStatus, emailDomain, organizationNameFor, timeLeft } from "./domain-status";

const now = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("effectiveStatus", () => {
  it("is expired once the deadline has passed, even before the job records it", () => {
    expect(effectiveStatus({ status: "pending", expiresAt: at(60_000) }, now)).toBe("pending");
    expect(effectiveStatus({ status: "pending", expiresAt: now }, now)).toBe("expired");
    expect(effectiveStatus({ status: "expired", expiresAt: at(86_400_000) }, now)).toBe("expired");
    expect(effectiveStatus({ status: "verified", expiresAt: at(-86_400_000) }, now)).toBe("verified");
  });
});

describe("timeLeft", () => {
  it.each([
    [10 * 86_400_000, "10 days 0 hours left"],
    [9 * 86_400_000 + 23 * 3_600_000 + 59 * 60_000, "9 days 23 hours left"],
    [86_400_000 + 3_600_000, "1 day 1 hour left"],
    [5 * 3_600_000 + 12 * 60_000, "5 hours 12 minutes left"],
    [3 * 60_000 + 5_000, "3 minutes left"],
    [20_000, "1 minute left"],
    [0, "expired"],
    [-1, "expired"],
  ])("%i ms → %s", (ms, text) => {
    expect(timeLeft(at(ms), now)).toBe(text);
  });
});

describe("names", () => {
  it("takes the domain of an email address", () => {
    expect(emailDomain("Nia.New@Fabrikam.Example")).toBe("fabrikam.example");
  });
  it("derives an organization name from the domain", () => {
    expect(organizationNameFor("fabrikam.example")).toBe("Fabrikam");
    expect(organizationNameFor("www.northwind-traders.com")).toBe("Northwind Traders");
    expect(organizationNameFor("mail.contoso.co.uk")).toBe("Mail");
  });
});
