import { describe, expect, it } from "vitest";
import { nextCycleType } from "./start-cycle";

const job = (extra: Partial<Parameters<typeof nextCycleType>[0]> = {}) => ({
  watermark: 12,
  fullSyncRequired: false,
  configHash: "h1",
  syncedConfigHash: "h1",
  ...extra,
});

describe("nextCycleType", () => {
  it("is initial before any cycle (and after Restart provisioning)", () => {
    expect(nextCycleType(job({ watermark: 0, syncedConfigHash: null, fullSyncRequired: true }), "h1")).toBe("initial");
  });
  it("is full after a mapping or scope change, or when a full sync is required", () => {
    expect(nextCycleType(job(), "h2")).toBe("full");
    expect(nextCycleType(job({ fullSyncRequired: true }), "h1")).toBe("full");
  });
  it("is incremental otherwise, even with nothing synced yet beyond the watermark", () => {
    expect(nextCycleType(job(), "h1")).toBe("incremental");
    expect(nextCycleType(job({ watermark: 0 }), "h1")).toBe("incremental");
  });
});
