import { describe, expect, it } from "vitest";
import { tokenPrefix } from "./auth-failure-log";

describe("tokenPrefix", () => {
  it.each([
    ["Bearer 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c1e", "3f9a1c…"],
    ["bearer abcdefgh", "ab…"],
    ["Bearer abc", "…"],
    ["Basic dXNlcjpwYXNzd29yZA==", "Basic dXNlc…"],
    ["garbage", "(malformed Authorization header)"],
    [null, null],
  ])("%s → %s", (header, expected) => {
    expect(tokenPrefix(header)).toBe(expected);
  });

  it("never shows more than a quarter of the token, nor more than 6 characters", () => {
    for (let n = 1; n <= 64; n++) {
      const token = "t".repeat(n);
      const shown = tokenPrefix(`Bearer ${token}`)!.replace("…", "");
      expect(shown.length).toBeLessThanOrEqual(Math.min(6, n / 4));
    }
  });
});
