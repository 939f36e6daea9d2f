import { describe, it, expect } from "vitest";
import { isValidCodeVerifier, isValidS256Challenge, s256Challenge, verifyPkceS256 } from "./pkce";

// RFC 7636 Appendix B.
const RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

describe("PKCE S256", () => {
  it("computes the RFC 7636 Appendix B challenge", () => {
    expect(s256Challenge(RFC_VERIFIER)).toBe(RFC_CHALLENGE);
  });

  it("accepts the matching verifier and refuses any other", () => {
    expect(verifyPkceS256(RFC_VERIFIER, RFC_CHALLENGE)).toBe(true);
    expect(verifyPkceS256(RFC_VERIFIER.slice(0, -1) + "l", RFC_CHALLENGE)).toBe(false);
    expect(verifyPkceS256(RFC_VERIFIER, RFC_CHALLENGE.slice(0, -1) + "N")).toBe(false);
  });

  it("refuses the plain method: the verifier itself is not a valid challenge", () => {
    expect(verifyPkceS256(RFC_VERIFIER, RFC_VERIFIER)).toBe(false);
  });

  it.each([
    ["42 characters (too short)", "a".repeat(42), false],
    ["43 characters", "a".repeat(43), true],
    ["128 characters", "a".repeat(128), true],
    ["129 characters (too long)", "a".repeat(129), false],
    ["unreserved punctuation", `${"a".repeat(40)}-._~`, true],
    ["a space", `${"a".repeat(42)} `, false],
    ["a plus sign", `${"a".repeat(42)}+`, false],
  ])("code_verifier with %s is %s", (_label, verifier, valid) => {
    expect(isValidCodeVerifier(verifier)).toBe(valid);
  });

  it("accepts only 43-character base64url challenges", () => {
    expect(isValidS256Challenge(RFC_CHALLENGE)).toBe(true);
    expect(isValidS256Challenge(`${RFC_CHALLENGE}=`)).toBe(false);
    expect(isValidS256Challenge(RFC_CHALLENGE.replace("-", "+"))).toBe(false);
    expect(isValidS256Challenge(RFC_CHALLENGE.slice(1))).toBe(false);
  });
});
