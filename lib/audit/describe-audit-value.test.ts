import { describe, expect, it } from "vitest";
import { describeAuditValue } from "./describe-audit-value";

describe("describeAuditValue", () => {
  it("turns an object into name: value lines, nested names dotted and lists joined", () => {
    expect(
      describeAuditValue(
        JSON.stringify({
          status: "pending",
          expiresAt: "2026-12-16T08:00:00.000Z",
          settings: { enabled: true, threshold: 500 },
          groups: ["Sales", "HR"],
        }),
      ),
    ).toEqual([
      { name: "status", value: "pending" },
      { name: "expiresAt", value: "2026-12-16T08:00:00.000Z" },
      { name: "settings.enabled", value: "true" },
      { name: "settings.threshold", value: "500" },
      { name: "groups", value: "Sales, HR" },
    ]);
  });
  it("says (none) and (empty) rather than printing null or nothing", () => {
    expect(describeAuditValue(JSON.stringify({ email: null, comment: "", tags: [] }))).toEqual([
      { name: "email", value: "(none)" },
      { name: "comment", value: "(empty)" },
      { name: "tags", value: "(none)" },
    ]);
  });
  it("keeps a bare value and text that is not JSON", () => {
    expect(describeAuditValue("42")).toEqual([{ name: "value", value: "42" }]);
    expect(describeAuditValue("not json {")).toEqual([{ name: "value", value: "not json {" }]);
  });
  it("returns null for no value and caps long values at 20 lines", () => {
    expect(describeAuditValue(null)).toBeNull();
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, i]));
    const lines = describeAuditValue(JSON.stringify(many))!;
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toEqual({ name: "…", value: "5 more" });
  });
});
