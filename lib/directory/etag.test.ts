import { describe, expect, it } from "vitest";
import { ScimError } from "@/lib/scim/errors";
import { assertIfMatch, etagOf, matchesIfMatch } from "./etag";

describe("ETags", () => {
  it("are weak and built from the version", () => {
    expect(etagOf(3)).toBe('W/"3"');
  });

  it.each([
    [undefined, true],
    ["", true],
    ["*", true],
    ['W/"3"', true],
    ['"3"', true],
    ['w/"3"', true],
    ['W/"2", W/"3"', true],
    ['W/"4"', false],
    ["3x", false],
  ])("If-Match %j against version 3 → %s", (header, expected) => {
    expect(matchesIfMatch(header, 3)).toBe(expected);
  });

  it("a mismatch is 412", () => {
    expect(() => assertIfMatch('W/"1"', 2)).toThrow(ScimError);
    try {
      assertIfMatch('W/"1"', 2);
    } catch (error) {
      expect((error as ScimError).status).toBe(412);
    }
  });
});
