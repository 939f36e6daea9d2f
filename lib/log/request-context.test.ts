import { describe, expect, it } from "vitest";
import { currentRequestId, newRequestId, runWithRequestId } from "./request-context";

describe("newRequestId", () => {
  it("keeps a client's short, plain id", () => {
    expect(newRequestId(" 7a1c-42:x.y_z ")).toBe("7a1c-42:x.y_z");
  });

  it("replaces a missing, long or unplain id with a new UUID", () => {
    for (const given of [undefined, null, "", "   ", "a b", "<script>", "x".repeat(129)])
      expect(newRequestId(given)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("makes ids that sort in the order they were made (the request log's index grows at its end)", () => {
    const ids = Array.from({ length: 2000 }, () => newRequestId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe("runWithRequestId", () => {
  it("carries the id through async calls", async () => {
    const seen = await runWithRequestId("req-1", async () => {
      await new Promise((r) => setTimeout(r, 1));
      return currentRequestId();
    });
    expect(seen).toBe("req-1");
    expect(currentRequestId()).toBeUndefined();
  });
});
