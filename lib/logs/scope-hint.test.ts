import { describe, expect, it } from "vitest";
import { failingClauses, scopeHint } from "./scope-hint";

const user = { objectType: "User", appName: "LogMeIn" };

describe("scopeHint", () => {
  it("an unassigned person: assign them or one of their groups", () => {
    expect(scopeHint("The user is not assigned to the application, directly or through a group.", user)).toMatch(
      /^Assign the person to LogMeIn, directly or through one of their groups/,
    );
  });

  it("a scoping filter: names each clause that was false and its value", () => {
    const detail =
      'No scoping filter matched. Scoping clauses: [Sales only] department EQUALS "Sales" (value: Marketing) → false; [Sales only] accountEnabled IS TRUE (value: true) → true; [Contractors] employeeId IS NULL (value: E-1) → false.';
    expect(failingClauses(detail)).toEqual([
      { filter: "Sales only", clause: 'department EQUALS "Sales"', value: "Marketing" },
      { filter: "Contractors", clause: "employeeId IS NULL", value: "E-1" },
    ]);
    const hint = scopeHint(detail, user)!;
    expect(hint).toContain('Not true now: department EQUALS "Sales" (now Marketing); employeeId IS NULL (now E-1).');
    expect(hint).toContain("ask an admin to change the scoping filter of LogMeIn");
  });

  it("a deleted person, a disabled mapping, an unassigned group", () => {
    expect(scopeHint("The user was deleted from the source directory on 2026-12-01T00:00:00.000Z.", user)).toMatch(
      /^Restore the person in the identity source/,
    );
    expect(scopeHint("User provisioning is disabled in the mappings.", user)).toBe(
      "An admin must enable user provisioning in the mappings of LogMeIn.",
    );
    expect(scopeHint("The group is not assigned to the application.", { objectType: "Group", appName: null })).toMatch(
      /^Assign the group to the application/,
    );
  });

  it("nothing for an object in scope", () => {
    expect(scopeHint("The user is assigned to the application. The user is in scope.", user)).toBeNull();
  });
});
