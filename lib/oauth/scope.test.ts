import { describe, it, expect } from "vitest";
import { isScopeSubset, normalizeScope } from "./scope";

describe("scope", () => {
  it.each([
    [undefined, "scim"],
    ["", "scim"],
    ["scim", "scim"],
    ["offline_access", "scim offline_access"],
    ["offline_access  scim scim", "scim offline_access"],
  ])("%j is granted as %j", (requested, granted) => {
    expect(normalizeScope(requested)).toEqual({ ok: true, scope: granted });
  });

  it("refuses unknown scopes, naming them", () => {
    expect(normalizeScope("scim openid User.ReadWrite.All")).toEqual({
      ok: false,
      unsupported: ["openid", "User.ReadWrite.All"],
    });
  });

  it("lets a refresh keep or narrow the scope, never widen it", () => {
    expect(isScopeSubset("scim", "scim offline_access")).toBe(true);
    expect(isScopeSubset("scim offline_access", "scim")).toBe(false);
  });
});
