import { describe, expect, it } from "vitest";
import { defaultMappings, ENTERPRISE_USER } from "./default-mappings";
import { diffDefinitions } from "./diff-definitions";
import { renameTargetAttribute } from "./rename-target-attribute";
import { isScimAttributePath, targetAttributeNameError } from "./target-attribute-name";
import { defaultTargetAttributes, targetAttributesOf } from "./target-attributes";
import { validateDefinition } from "./validate-definition";

describe("target attribute names", () => {
  it.each([
    "userName",
    "name.givenName",
    'emails[type eq "work"].value',
    `${ENTERPRISE_USER}:department`,
    `${ENTERPRISE_USER}:manager.value`,
    "urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:badgeNumber",
    "x-custom_attr",
  ])("accepts %s", (name) => {
    expect(isScimAttributePath(name)).toBe(true);
  });

  it.each([
    "",
    "user name",
    "1userName",
    "name..givenName",
    "name.given.name",
    "emails[type eq work].value",
    "urn:only",
    "userName:",
    'emails[type eq "work"]',
    "a.b]",
  ])("rejects %j", (name) => {
    expect(isScimAttributePath(name)).toBe(false);
  });

  it("every default attribute name is a valid path", () => {
    for (const kind of ["user", "group"] as const)
      for (const a of defaultTargetAttributes(kind)) expect(isScimAttributePath(a.name), a.name).toBe(true);
  });

  it("explains empty, malformed and duplicate (case-insensitive) names", () => {
    expect(targetAttributeNameError("  ", ["userName"])).toBe("Enter a name.");
    expect(targetAttributeNameError("user name", [])).toMatch(/not a SCIM attribute path/);
    expect(targetAttributeNameError("USERNAME", ["userName"])).toBe(
      '"userName" is already in the target attribute list.',
    );
    expect(targetAttributeNameError(" nickName ", ["userName"])).toBeNull();
  });
});

describe("renameTargetAttribute", () => {
  it("renames the list entry and every mapping that targets it, matching included, keeping the rest", () => {
    const user = defaultMappings().user;
    const result = renameTargetAttribute(user, "user", "userName", 'emails[type eq "work"].display');
    expect(result.ok).toBe(true);
    const renamed = (result as { ok: true; mapping: typeof user }).mapping;
    const list = targetAttributesOf(renamed, "user");
    expect(list.map((a) => a.name)).toContain('emails[type eq "work"].display');
    expect(list.map((a) => a.name)).not.toContain("userName");
    expect(list.find((a) => a.name === 'emails[type eq "work"].display')).toMatchObject({ required: true });
    expect(renamed.attributes[0]).toMatchObject({
      target: 'emails[type eq "work"].display',
      matching: true,
      matchingPrecedence: 1,
      source: "userPrincipalName",
    });
    expect(renamed.attributes.slice(1)).toEqual(user.attributes.slice(1));
    expect(validateDefinition({ ...defaultMappings(), user: renamed })).toEqual({});
  });

  it("allows a change of case of the same attribute, and trims", () => {
    const result = renameTargetAttribute(defaultMappings().user, "user", "nickName", " NickName ");
    expect(result.ok && targetAttributesOf(result.mapping, "user").some((a) => a.name === "NickName")).toBe(true);
  });

  it.each([
    ["", "Enter a name."],
    ["user name", /not a SCIM attribute path/],
    ["DisplayName", '"displayName" is already in the target attribute list.'],
  ])("refuses %j", (to, message) => {
    const result = renameTargetAttribute(defaultMappings().user, "user", "nickName", to);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(message);
  });

  it("keeps the group's members attribute, which carries membership", () => {
    expect(renameTargetAttribute(defaultMappings().group, "group", "members", "member")).toEqual({
      ok: false,
      error: "members carries group membership; it cannot be renamed.",
    });
  });

  it("refuses a name that is not in the list", () => {
    expect(renameTargetAttribute(defaultMappings().group, "group", "nickName", "alias")).toEqual({
      ok: false,
      error: '"nickName" is not in the target attribute list.',
    });
  });

  it("the version diff shows the rename and the mapping under its new name", () => {
    const before = defaultMappings();
    const result = renameTargetAttribute(
      before.user,
      "user",
      `${ENTERPRISE_USER}:department`,
      `${ENTERPRISE_USER}:team`,
    );
    const after = { ...before, user: result.ok ? result.mapping : before.user };
    expect(diffDefinitions(before, after)).toEqual([
      {
        kind: "changed",
        object: "user",
        what: `${ENTERPRISE_USER}:team`,
        before: `Direct [department] → ${ENTERPRISE_USER}:department`,
        after: `Direct [department] → ${ENTERPRISE_USER}:team`,
      },
      {
        kind: "changed",
        object: "user",
        what: "Target attribute list",
        before: undefined,
        after: `renamed ${ENTERPRISE_USER}:department → ${ENTERPRISE_USER}:team`,
      },
    ]);
  });
});

describe("validateDefinition of the target attribute list", () => {
  it("rejects names that are not SCIM paths or repeat another name in another case", () => {
    const d = defaultMappings();
    d.user.targetAttributes = [
      ...defaultTargetAttributes("user"),
      { name: "USERNAME", type: "String", required: false, multiValued: false, caseExact: false },
      { name: "bad name", type: "String", required: false, multiValued: false, caseExact: false },
    ];
    const n = d.user.targetAttributes.length;
    expect(validateDefinition(d)).toMatchObject({
      [`user.targetAttributes.${n - 2}.name`]: '"userName" is already in the target attribute list.',
      [`user.targetAttributes.${n - 1}.name`]: expect.stringMatching(/not a SCIM attribute path/),
    });
  });
});
