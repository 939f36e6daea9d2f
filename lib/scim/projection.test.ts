import { describe, expect, it } from "vitest";
import { parseAttributeList } from "./attribute-paths";
import { ENT, STORED_GROUP, STORED_USER } from "@/tests/fixtures/entra-payloads";
import { isAttributeReturned, projectResource } from "./projection";

const user = { ...STORED_USER, [ENT]: { department: "Sales", manager: { value: "m1", displayName: "Boss" } } };
const group = { ...STORED_GROUP, members: [{ value: "u1", display: "U1" }] };
const only = (csv: string, resource: Record<string, unknown> = user, type: "User" | "Group" = "User") =>
  projectResource(type, resource, { attributes: parseAttributeList(csv) });
const without = (csv: string, resource: Record<string, unknown> = user, type: "User" | "Group" = "User") =>
  projectResource(type, resource, { excludedAttributes: parseAttributeList(csv) });

describe("projectResource: attributes", () => {
  it.each([
    ["E3b attributes=id", "id", { schemas: user.schemas, id: user.id }],
    ["case-insensitive", "USERNAME", { schemas: user.schemas, id: user.id, userName: user.userName }],
    ["sub-attribute", "name.givenName", { schemas: user.schemas, id: user.id, name: { givenName: "givenName" } }],
    [
      "two sub-attributes merge",
      "name.givenName,name.familyName",
      { schemas: user.schemas, id: user.id, name: { givenName: "givenName", familyName: "familyName" } },
    ],
    [
      "multi-valued sub-attribute",
      "emails.value",
      { schemas: user.schemas, id: user.id, emails: [{ value: user.emails[0].value }] },
    ],
    [
      "extension attribute by URN",
      `${ENT}:department`,
      { schemas: user.schemas, id: user.id, [ENT]: { department: "Sales" } },
    ],
    [
      "extension attribute by bare name",
      "department",
      { schemas: user.schemas, id: user.id, [ENT]: { department: "Sales" } },
    ],
    [
      "extension sub-attribute",
      `${ENT}:manager.value`,
      { schemas: user.schemas, id: user.id, [ENT]: { manager: { value: "m1" } } },
    ],
    ["whole extension", ENT, { schemas: user.schemas, id: user.id, [ENT]: user[ENT] }],
    [
      "core URN-qualified",
      "urn:ietf:params:scim:schemas:core:2.0:User:active",
      { schemas: user.schemas, id: user.id, active: true },
    ],
    ["meta on request", "meta", { schemas: user.schemas, id: user.id, meta: user.meta }],
    ["unknown selects nothing", "shoeSize", { schemas: user.schemas, id: user.id }],
  ])("%s", (_name, csv, expected) => {
    expect(only(csv)).toEqual(expected);
  });

  it("attributes wins over excludedAttributes", () => {
    expect(
      projectResource("User", user, {
        attributes: parseAttributeList("userName"),
        excludedAttributes: parseAttributeList("userName"),
      }),
    ).toEqual({ schemas: user.schemas, id: user.id, userName: user.userName });
  });

  it("returns copies, not shared references", () => {
    const projected = only("name");
    (projected.name as Record<string, unknown>).givenName = "changed";
    expect(user.name.givenName).toBe("givenName");
  });
});

describe("projectResource: excludedAttributes", () => {
  it("E15: excludedAttributes=members", () => {
    expect(without("members", group, "Group")).toEqual(STORED_GROUP);
  });

  it.each([
    ["id and schemas cannot be excluded", "id,schemas", user],
    ["unknown names are ignored", "shoeSize", user],
  ])("%s", (_name, csv, expected) => {
    expect(without(csv)).toEqual(expected);
  });

  it("sub-attributes and extensions", () => {
    const result = without(`emails.primary,name.formatted,${ENT}:manager`);
    expect(result.emails).toEqual([{ value: user.emails[0].value, type: "work" }]);
    expect(result.name).toEqual({ familyName: "familyName", givenName: "givenName" });
    expect(result[ENT]).toEqual({ department: "Sales" });
    expect(user.emails[0]).toHaveProperty("primary", true);
  });

  it("a whole extension", () => {
    expect(without(ENT)).not.toHaveProperty(ENT);
  });
});

describe("isAttributeReturned", () => {
  it.each([
    [{}, true],
    [{ excludedAttributes: parseAttributeList("members") }, false],
    [{ excludedAttributes: parseAttributeList("MEMBERS") }, false],
    [{ excludedAttributes: parseAttributeList("members.display") }, true],
    [{ attributes: parseAttributeList("displayName") }, false],
    [{ attributes: parseAttributeList("members.value") }, true],
    [{ attributes: parseAttributeList("urn:ietf:params:scim:schemas:core:2.0:Group") }, true],
  ])("members with %j → %s", (selection, expected) => {
    expect(isAttributeReturned("Group", selection, "members")).toBe(expected);
  });
});
