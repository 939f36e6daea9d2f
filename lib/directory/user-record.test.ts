import { describe, expect, it } from "vitest";
import { ENTERPRISE_USER_SCHEMA as ENT, USER_SCHEMA } from "@/lib/scim/urns";
import { toScimUser, type UserRecord } from "./user-record";

const BASE = "https://org.example/scim/v2";

function row(attributes: unknown): UserRecord {
  return {
    id: "u1",
    userName: "ann@contoso.com",
    externalId: null,
    displayName: "Ann Smith",
    givenName: "Ann",
    familyName: null,
    nickName: null,
    title: null,
    active: true,
    department: "Sales",
    employeeNumber: null,
    costCenter: null,
    division: null,
    attributes,
    version: 3,
    createdAt: new Date("2026-12-01T10:00:00Z"),
    updatedAt: new Date("2026-12-02T10:00:00Z"),
    emails: [{ value: "ann@contoso.com", type: "work", primary: true, display: null }],
  };
}

describe("toScimUser", () => {
  it("merges the stored attributes with the columns and leaves out what is unset", () => {
    const user = toScimUser(
      row({
        name: { middleName: "B" },
        [ENT]: { manager: { value: "m1" } },
        phoneNumbers: [{ value: "+1 555", type: "work" }],
      }),
      BASE,
    );
    expect(user).toEqual({
      schemas: [USER_SCHEMA, ENT],
      id: "u1",
      userName: "ann@contoso.com",
      name: { middleName: "B", givenName: "Ann" },
      displayName: "Ann Smith",
      phoneNumbers: [{ value: "+1 555", type: "work" }],
      active: true,
      emails: [{ value: "ann@contoso.com", type: "work", primary: true }],
      [ENT]: { manager: { value: "m1" }, department: "Sales" },
      meta: {
        resourceType: "User",
        created: "2026-12-01T10:00:00.000Z",
        lastModified: "2026-12-02T10:00:00.000Z",
        location: `${BASE}/Users/u1`,
        version: 'W/"3"',
      },
    });
  });

  it("never changes the stored attributes: the same row renders the same resource twice", () => {
    const attributes = { name: { middleName: "B" }, [ENT]: { manager: { value: "m1" } }, nickNames: ["a"] };
    const stored = structuredClone(attributes);
    const r = row(attributes);
    const first = toScimUser(r, BASE);
    expect(toScimUser(r, BASE)).toEqual(first);
    expect(r.attributes).toEqual(stored);
  });

  it("renders a user with no stored attributes", () => {
    const user = toScimUser({ ...row(null), department: null }, BASE);
    expect(user.schemas).toEqual([USER_SCHEMA]);
    expect(user[ENT]).toBeUndefined();
    expect(user.name).toEqual({ givenName: "Ann" });
  });
});
