import { describe, expect, it } from "vitest";
import { PATCHES, PATCH_OP, STORED_GROUP } from "@/tests/fixtures/entra-payloads";
import { ScimError } from "./errors";
import { patchResource } from "./patch-apply";
import { applyDeltaToMembers } from "./patch-members";

const body = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });
const patchGroup = (patch: unknown, group: Record<string, unknown> = STORED_GROUP) =>
  patchResource("Group", group, patch);

describe("group PATCH: member deltas for SQL (E17–E19)", () => {
  it.each([
    ["E17 rename only", PATCHES.E17, { removeAll: false, remove: [], add: [] }],
    ["E18 add ($ref null)", PATCHES.E18, { removeAll: false, remove: [], add: ["f648f8d5ea4e4cd38e9c"] }],
    ["E18 real traffic", PATCHES.E18_REAL, { removeAll: false, remove: [], add: ["8"] }],
    ["E19 legacy with $ref", PATCHES.E19_LEGACY_REF, { removeAll: false, remove: ["f648f8d5ea4e4cd38e9c"], add: [] }],
    ["E19 legacy", PATCHES.E19_LEGACY, { removeAll: false, remove: ["u1091"], add: [] }],
    [
      "E19 flagged filter",
      PATCHES.E19_FLAGGED,
      { removeAll: false, remove: ["7f4bc1a3-285e-48ae-8202-5accb43efb0e"], add: [] },
    ],
    ["E19 remove without value = all", PATCHES.E19_ALL, { removeAll: true, remove: [], add: [] }],
    [
      "several members in one add, duplicates collapse (idempotent)",
      body({ op: "Add", path: "members", value: [{ value: "a" }, { value: "b" }, { value: "a" }] }),
      { removeAll: false, remove: [], add: ["a", "b"] },
    ],
    [
      "remove with an empty list removes nobody",
      body({ op: "Remove", path: "members", value: [] }),
      { removeAll: false, remove: [], add: [] },
    ],
    [
      "filter with or",
      body({ op: "remove", path: 'members[value eq "a" or value eq "b"]' }),
      { removeAll: false, remove: ["a", "b"], add: [] },
    ],
    [
      "replace = remove all, then add",
      body({ op: "replace", path: "members", value: [{ value: "x" }] }),
      { removeAll: true, remove: [], add: ["x"] },
    ],
    [
      "replace a filtered member",
      body({ op: "replace", path: 'members[value eq "old"]', value: { value: "new" } }),
      { removeAll: false, remove: ["old"], add: ["new"] },
    ],
    [
      "add then remove the same member nets to a remove",
      body({ op: "add", path: "members", value: [{ value: "a" }] }, { op: "remove", path: 'members[value eq "a"]' }),
      { removeAll: false, remove: ["a"], add: [] },
    ],
    [
      "remove all then add keeps the add",
      body({ op: "remove", path: "members" }, { op: "add", path: "members", value: [{ value: "z" }] }),
      { removeAll: true, remove: [], add: ["z"] },
    ],
    [
      "path-less add with members (flagged dialect)",
      body({ op: "add", value: { members: [{ value: "m1" }], displayName: "New" } }),
      { removeAll: false, remove: [], add: ["m1"] },
    ],
    [
      "member display ops change nothing",
      body({ op: "replace", path: 'members[value eq "a"].type', value: "User" }),
      { removeAll: false, remove: [], add: [] },
    ],
  ])("%s", (_name, patch, expected) => {
    expect(patchGroup(patch).members).toEqual(expected);
  });

  it("E17 renames and reports a change", () => {
    const result = patchGroup(PATCHES.E17);
    expect(result.resource.displayName).toBe("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName");
    expect(result.changed).toBe(true);
  });

  it("member changes count as a change even though the resource JSON has no members", () => {
    const result = patchGroup(PATCHES.E18);
    expect(result.resource).toEqual(STORED_GROUP);
    expect(result.changed).toBe(true);
  });

  it("a members array on the given resource is updated too", () => {
    const group = { ...STORED_GROUP, members: [{ value: "u1091", display: "U" }, { value: "keep" }] };
    expect(patchGroup(PATCHES.E19_LEGACY, group).resource.members).toEqual([{ value: "keep" }]);
    expect(patchGroup(PATCHES.E18, group).resource.members).toEqual([
      ...group.members,
      { value: "f648f8d5ea4e4cd38e9c" },
    ]);
    expect(patchGroup(PATCHES.E19_ALL, group).resource.members).toEqual([]);
  });

  it.each([
    [
      "member without value",
      body({ op: "add", path: "members", value: [{ display: "x" }] }),
      "invalidValue",
      /member 0 has no "value"/,
    ],
    [
      "unsupported member filter",
      body({ op: "remove", path: 'members[display eq "x"]' }),
      "invalidPath",
      /members can only be selected with value eq "id"/,
    ],
    ["removing displayName", body({ op: "remove", path: "displayName" }), "invalidValue", /"displayName" is required/],
  ])("%s is 400", (_name, patch, scimType, detail) => {
    try {
      patchGroup(patch);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScimError);
      expect((error as ScimError).scimType).toBe(scimType);
      expect((error as ScimError).detail).toMatch(detail);
    }
  });
});

describe("applyDeltaToMembers", () => {
  it("applies removeAll, remove, add in order without duplicating", () => {
    const members = [{ value: "a" }, { value: "b" }];
    expect(applyDeltaToMembers(members, { removeAll: false, remove: ["a"], add: ["b", "c"] })).toEqual([
      { value: "b" },
      { value: "c" },
    ]);
    expect(applyDeltaToMembers(members, { removeAll: true, remove: [], add: ["c"] })).toEqual([{ value: "c" }]);
  });
});
