import { describe, expect, it } from "vitest";
import { defaultMappings } from "./default-mappings";
import { diffVersions } from "./diff-definitions";
import { readVersionSnapshot, versionJson } from "./version-snapshot";

describe("mapping versions carry the scope", () => {
  it("stores the scope beside the definition and reads both back", () => {
    const stored = JSON.parse(JSON.stringify(versionJson(defaultMappings(), "all")));
    expect(stored.scope).toBe("all");
    expect(readVersionSnapshot(stored)).toEqual({ definition: defaultMappings(), scope: "all" });
  });

  it("reads a version saved before the scope was versioned as scope null", () => {
    expect(readVersionSnapshot(JSON.parse(JSON.stringify(defaultMappings()))).scope).toBeNull();
    expect(readVersionSnapshot({ ...defaultMappings(), scope: "everyone" }).scope).toBeNull();
  });

  it("the diff shows a scope change first, beside the mapping changes", () => {
    const changed = defaultMappings();
    changed.user.actions.delete = false;
    expect(
      diffVersions({ definition: defaultMappings(), scope: "assigned" }, { definition: changed, scope: "all" }),
    ).toEqual([
      {
        kind: "changed",
        object: "settings",
        what: "Scope",
        before: "Sync only assigned users and groups",
        after: "Sync all users and groups",
      },
      { kind: "changed", object: "user", what: "Target object action delete", before: "true", after: "false" },
    ]);
  });

  it("shows no scope line when the scope is the same or one side did not record it", () => {
    expect(
      diffVersions({ definition: defaultMappings(), scope: "all" }, { definition: defaultMappings(), scope: "all" }),
    ).toEqual([]);
    expect(
      diffVersions({ definition: defaultMappings(), scope: null }, { definition: defaultMappings(), scope: "all" }),
    ).toEqual([]);
  });
});
