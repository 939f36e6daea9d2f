import { describe, expect, it } from "vitest";
import {
  findKey,
  formatAttrPath,
  parseAttributeList,
  parseAttributePath,
  parseAttributeSelector,
} from "./attribute-paths";
import { ScimError } from "./errors";
import { ENTERPRISE_USER_SCHEMA as ENT, USER_SCHEMA } from "./urns";

describe("parseAttributePath", () => {
  it.each([
    ["userName", { attr: "userName" }],
    ["name.givenName", { attr: "name", sub: "givenName" }],
    ["$ref", { attr: "$ref" }],
    ["members.$ref", { attr: "members", sub: "$ref" }],
    [`${ENT}:department`, { urn: ENT, attr: "department" }],
    [`${ENT}:manager.value`, { urn: ENT, attr: "manager", sub: "value" }],
    [`${ENT.toLowerCase()}:department`, { urn: ENT, attr: "department" }],
    [`${USER_SCHEMA}:name.familyName`, { urn: USER_SCHEMA, attr: "name", sub: "familyName" }],
    // Unknown URNs: the last ':' separates URN from attribute (dots inside the URN are fine).
    ["urn:example:custom:1.0:User:badge.id", { urn: "urn:example:custom:1.0:User", attr: "badge", sub: "id" }],
    // The malformed Entra URN parses but names an unknown schema.
    [
      `urn:ietf:params:scim:schemas:extension:enterprise:2.0User:department`,
      { urn: "urn:ietf:params:scim:schemas:extension:enterprise:2.0User", attr: "department" },
    ],
  ])("%s", (text, expected) => {
    expect(parseAttributePath(text)).toEqual(expected);
  });

  it.each(["", "a.b.c", "9lives", "name.", ".value", "urn:x", "urn:attr", "user name", "emails[type"])(
    "%j is invalid",
    (text) => {
      expect(parseAttributePath(text)).toBeUndefined();
    },
  );

  it("formats back", () => {
    expect(formatAttrPath({ urn: ENT, attr: "manager", sub: "value" })).toBe(`${ENT}:manager.value`);
    expect(formatAttrPath({ attr: "name", sub: "givenName" })).toBe("name.givenName");
  });
});

describe("parseAttributeSelector / parseAttributeList", () => {
  it("a bare schema URN selects the whole schema", () => {
    expect(parseAttributeSelector(ENT.toUpperCase())).toEqual({ schemaUrn: ENT });
  });

  it("splits, trims and skips blanks", () => {
    expect(parseAttributeList(" userName, name.givenName ,,emails ")).toEqual([
      { attr: "userName" },
      { attr: "name", sub: "givenName" },
      { attr: "emails" },
    ]);
    expect(parseAttributeList(undefined)).toEqual([]);
  });

  it("a malformed name is 400 invalidValue naming the parameter", () => {
    try {
      parseAttributeList("userName,emails[type", "excludedAttributes");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScimError);
      expect((error as ScimError).scimType).toBe("invalidValue");
      expect((error as ScimError).detail).toBe('excludedAttributes: "emails[type" is not a valid attribute path');
    }
  });
});

describe("findKey", () => {
  it("prefers the exact key, then any case", () => {
    expect(findKey({ userName: 1, USERNAME: 2 }, "USERNAME")).toBe("USERNAME");
    expect(findKey({ userName: 1 }, "username")).toBe("userName");
    expect(findKey({ userName: 1 }, "name")).toBeUndefined();
  });
});
