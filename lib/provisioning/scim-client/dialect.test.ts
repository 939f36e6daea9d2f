import { describe, expect, it } from "vitest";
import { attributesPatch, batches, eqFilter, groupCreateBody, membersPatch, userCreateBody } from "./dialect";
import { readTargetValue, sameValue } from "./resource-paths";

const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("attributesPatch", () => {
  const changes = [
    { path: "name.givenName", value: "Gtfd", existed: true },
    { path: `${ENT}:employeeNumber`, value: "Eqpj", existed: false },
    { path: 'emails[type eq "work"].value', value: "x@contoso.com", existed: true },
  ];
  it("legacy: one capitalised op per attribute, Add the first time (E9, E10)", () => {
    expect(attributesPatch("legacy", changes).Operations).toEqual([
      { op: "Replace", path: "name.givenName", value: "Gtfd" },
      { op: "Add", path: `${ENT}:employeeNumber`, value: "Eqpj" },
      { op: "Replace", path: 'emails[type eq "work"].value', value: "x@contoso.com" },
    ]);
  });
  it("RFC: filtered paths alone, the rest in one path-less replace (E10 flagged)", () => {
    expect(attributesPatch("rfc", changes).Operations).toEqual([
      { op: "replace", path: 'emails[type eq "work"].value', value: "x@contoso.com" },
      { op: "replace", value: { "name.givenName": "Gtfd", [`${ENT}:employeeNumber`]: "Eqpj" } },
    ]);
  });
  it('disables with the string "False" in legacy and boolean false in RFC (E8)', () => {
    const off = [{ path: "active", value: false, existed: true }];
    expect(attributesPatch("legacy", off)).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(attributesPatch("rfc", off).Operations).toEqual([{ op: "replace", value: { active: false } }]);
  });
});

describe("membersPatch", () => {
  it("adds several members per request in both dialects (E18)", () => {
    expect(membersPatch("legacy", "add", ["a", "b"]).Operations).toEqual([
      { op: "Add", path: "members", value: [{ value: "a" }, { value: "b" }] },
    ]);
    expect(membersPatch("rfc", "add", ["a"]).Operations).toEqual([
      { op: "add", path: "members", value: [{ value: "a" }] },
    ]);
  });
  it("removes by value array (legacy) or filtered path (RFC) (E19)", () => {
    expect(membersPatch("legacy", "remove", ["u1091"]).Operations).toEqual([
      { op: "Remove", path: "members", value: [{ value: "u1091" }] },
    ]);
    expect(membersPatch("rfc", "remove", ["7f4b", "8a"]).Operations).toEqual([
      { op: "remove", path: 'members[value eq "7f4b"]' },
      { op: "remove", path: 'members[value eq "8a"]' },
    ]);
  });
});

describe("create bodies", () => {
  it("builds the E4c user with the enterprise extension", () => {
    expect(
      userCreateBody({
        userName: "alice@contoso.com",
        active: true,
        "name.givenName": "Alice",
        [`${ENT}:department`]: "Sales",
      }),
    ).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENT],
      userName: "alice@contoso.com",
      active: true,
      name: { givenName: "Alice" },
      [ENT]: { department: "Sales" },
      meta: { resourceType: "User" },
    });
    expect(userCreateBody({ userName: "a@b.c", 'emails[type eq "work"].value': "a@b.c" }).emails).toEqual([
      { type: "work", primary: true, value: "a@b.c" },
    ]);
  });
  it("builds the E14 group with the Microsoft group URN and no members", () => {
    expect(groupCreateBody({ displayName: "Sales", externalId: "g1" })).toEqual({
      schemas: [
        "urn:ietf:params:scim:schemas:core:2.0:Group",
        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group",
      ],
      displayName: "Sales",
      externalId: "g1",
      meta: { resourceType: "Group" },
    });
  });
});

describe("readTargetValue", () => {
  const resource = {
    userName: "Alice@Contoso.com",
    Active: "False",
    name: { familyName: "Smith" },
    emails: [{ type: "Work", value: "a@c.com" }],
    [ENT]: { department: "Sales", employeeNumber: 42 },
  };
  it.each([
    ["userName", "Alice@Contoso.com"],
    ["active", "False"],
    ["name.familyName", "Smith"],
    ["name.givenName", undefined],
    ['emails[type eq "work"].value', "a@c.com"],
    [`${ENT}:department`, "Sales"],
    [`${ENT}:employeeNumber`, "42"],
    [`${ENT}:division`, undefined],
  ])("%s → %s", (path, expected) => {
    expect(readTargetValue(resource, path)).toBe(expected);
  });
  it("treats booleans and their string spellings as equal", () => {
    expect(sameValue(false, "False")).toBe(true);
    expect(sameValue("a", "A")).toBe(false);
    expect(sameValue(undefined, "x")).toBe(false);
  });
});

describe("helpers", () => {
  it("escapes filter values and batches", () => {
    expect(eqFilter("displayName", 'R&D "core"')).toBe('displayName eq "R&D \\"core\\""');
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
