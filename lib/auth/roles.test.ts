import { describe, it, expect } from "vitest";
import { can, hasConsoleAccess, isRole } from "./roles";

describe("roles", () => {
  it.each([
    ["admin", "config:write", true],
    ["admin", "console:read", true],
    ["admin-read-only", "console:read", true],
    ["admin-read-only", "config:write", false],
    ["help-desk", "directory:read", true],
    ["help-desk", "logs:read", true],
    ["help-desk", "console:read", false],
    ["help-desk", "config:write", false],
    ["user", "directory:read", false],
    ["owner", "console:read", false],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("gives console access to every role but User", () => {
    expect(["admin", "admin-read-only", "help-desk", "user"].map(hasConsoleAccess)).toEqual([true, true, true, false]);
    expect(isRole("superuser")).toBe(false);
  });
});
