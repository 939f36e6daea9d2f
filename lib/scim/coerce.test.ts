import { describe, expect, it } from "vitest";
import { coerceResourceBody, parseGroupBody, parseUserBody } from "./coerce";
import {
  E14_CREATE_GROUP,
  E4B_CREATE_USER,
  E4C_CREATE_USER,
  E4_CREATE_USER,
  ENT,
} from "@/tests/fixtures/entra-payloads";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";

describe("parseUserBody with Entra's create payloads", () => {
  it("E4: drops meta, schemas and roles: []", () => {
    expect(parseUserBody(E4_CREATE_USER)).toEqual({
      externalId: "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
      userName: "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
      active: true,
      emails: [{ primary: true, type: "work", value: "Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com" }],
      name: { formatted: "givenName familyName", familyName: "familyName", givenName: "givenName" },
    });
  });

  it("E4b: tolerates nulls, the malformed enterprise URN and top-level department/manager", () => {
    expect(parseUserBody(E4B_CREATE_USER)).toEqual({
      externalId: "jyoung",
      userName: "jyoung@testuser.com",
      active: true,
      displayName: "Joy Young",
      emails: [{ type: "work", value: "jyoung@Contoso.com", primary: true }],
      name: { familyName: "Young", givenName: "Joy" },
    });
  });

  it("E4c: keeps the enterprise extension", () => {
    expect(parseUserBody(E4C_CREATE_USER)).toEqual({
      externalId: "b6f5f3a2-3f1d-4a3e-9d2a-1c0b5e6f7a8b",
      userName: "alice@contoso.com",
      active: true,
      name: { givenName: "Alice", familyName: "Smith" },
      [ENT]: { department: "Sales", employeeNumber: "10042", costCenter: "CC-200", division: "EMEA" },
    });
  });

  it('E4c with the classic Switch() expression: active "True" / "False" become booleans', () => {
    expect(parseUserBody({ ...E4C_CREATE_USER, active: "True" }).active).toBe(true);
    expect(parseUserBody({ ...E4C_CREATE_USER, active: "false" }).active).toBe(false);
  });
});

describe("coerceResourceBody: leniency", () => {
  it.each([
    ["attribute names in any case", { USERNAME: "a", DisplayName: "A" }, { userName: "a", displayName: "A" }],
    [
      "string primary coerced",
      { userName: "a", emails: [{ value: "a@b.c", primary: "True" }] },
      { userName: "a", emails: [{ value: "a@b.c", primary: true }] },
    ],
    [
      "numbers become strings for string attributes",
      { userName: "a", [ENT]: { employeeNumber: 10042 } },
      { userName: "a", [ENT]: { employeeNumber: "10042" } },
    ],
    [
      "bare enterprise names go to the extension",
      { userName: "a", department: "Sales" },
      { userName: "a", [ENT]: { department: "Sales" } },
    ],
    [
      "flattened URN keys go to the extension",
      { userName: "a", [`${ENT}:division`]: "EMEA" },
      { userName: "a", [ENT]: { division: "EMEA" } },
    ],
    [
      "flattened sub-attribute keys",
      { userName: "a", "name.givenName": "Al" },
      { userName: "a", name: { givenName: "Al" } },
    ],
    [
      "unknown attributes and sub-attributes dropped",
      { userName: "a", foo: 1, name: { givenName: "Al", nick: "x" } },
      { userName: "a", name: { givenName: "Al" } },
    ],
    [
      "id, meta, schemas and groups dropped",
      { userName: "a", id: "x", meta: {}, schemas: [], groups: [{ value: "g" }] },
      { userName: "a" },
    ],
    [
      "a single email object is wrapped",
      { userName: "a", emails: { value: "a@b.c" } },
      { userName: "a", emails: [{ value: "a@b.c" }] },
    ],
    ["empty extension dropped", { userName: "a", [ENT]: { department: null } }, { userName: "a" }],
    [
      "manager as a bare id",
      { userName: "a", [ENT]: { manager: "m1" } },
      { userName: "a", [ENT]: { manager: { value: "m1" } } },
    ],
    [
      "null elements in arrays dropped",
      { userName: "a", phoneNumbers: [null, { value: "1" }] },
      { userName: "a", phoneNumbers: [{ value: "1" }] },
    ],
  ])("%s", (_name, body, expected) => {
    expect(coerceResourceBody("User", body)).toEqual(expected);
  });
});

describe("parseUserBody errors", () => {
  it.each([
    [
      "missing userName (Postman collection)",
      { active: true },
      "invalidValue",
      'Attribute "userName" is required and must be a non-empty string',
    ],
    [
      "empty userName",
      { userName: "  " },
      "invalidValue",
      'Attribute "userName" is required and must be a non-empty string',
    ],
    [
      "userName null",
      { userName: null },
      "invalidValue",
      'Attribute "userName" is required and must be a non-empty string',
    ],
    ["userName object", { userName: { a: 1 } }, "invalidValue", 'Attribute "userName" must be a string; got {"a":1}'],
    [
      "active not a boolean",
      { userName: "a", active: "maybe" },
      "invalidValue",
      'Attribute "active" must be a boolean; got "maybe"',
    ],
    [
      "name not an object",
      { userName: "a", name: "Alice" },
      "invalidValue",
      'Attribute "name" must be an object; got "Alice"',
    ],
    [
      "email primary wrong",
      { userName: "a", emails: [{ value: "x", primary: "yes" }] },
      "invalidValue",
      'Attribute "emails[0].primary" must be a boolean; got "yes"',
    ],
    [
      "email without value",
      { userName: "a", emails: [{ type: "work" }] },
      "invalidValue",
      'Attribute "emails[0].value" is required and must be a non-empty string',
    ],
    ["extension not an object", { userName: "a", [ENT]: "Sales" }, "invalidValue", `"${ENT}" must be an object`],
    ["body is an array", [], "invalidSyntax", "The request body must be a JSON object"],
    ["body is a string", "userName=a", "invalidSyntax", "The request body must be a JSON object"],
  ])("%s", (_name, body, scimType, detail) => {
    const error = scimErrorOf(() => parseUserBody(body));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe(scimType);
    expect(error.detail).toBe(detail);
  });
});

describe("parseGroupBody", () => {
  it("E14: ignores the Microsoft ADSCIM schema URN and meta", () => {
    expect(parseGroupBody(E14_CREATE_GROUP)).toEqual({
      externalId: "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
      displayName: "displayName",
    });
  });

  it("keeps members by value, drops $ref", () => {
    expect(
      parseGroupBody({ displayName: "g", members: [{ value: "u1", $ref: "http://x/Users/u1", display: "U" }] }),
    ).toEqual({
      displayName: "g",
      members: [{ value: "u1", display: "U" }],
    });
  });

  it.each([
    [{ externalId: "x" }, 'Attribute "displayName" is required and must be a non-empty string'],
    [
      { displayName: "g", members: [{ display: "no id" }] },
      'Attribute "members[0].value" is required and must be a non-empty string',
    ],
  ])("%j is 400 invalidValue", (body, detail) => {
    const error = scimErrorOf(() => parseGroupBody(body));
    expect(error.scimType).toBe("invalidValue");
    expect(error.detail).toBe(detail);
  });
});
