import { describe, expect, it } from "vitest";
import { buildResourceTypes, buildSchemas, buildServiceProviderConfig } from "./resource-schemas";
import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from "./urns";

const BASE = "https://org.example/scim/v2/";

type Attr = { name: string; subAttributes?: Attr[]; [k: string]: unknown };

function walk(value: unknown, visit: (v: unknown, key: string) => void, key = ""): void {
  visit(value, key);
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit, key));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, visit, k);
}

describe("buildSchemas (E2)", () => {
  const schemas = buildSchemas(BASE);
  const byId = (id: string) => schemas.find((s) => s.id === id) as { attributes: Attr[]; [k: string]: unknown };

  it("lists User, EnterpriseUser and Group with locations under the base URL", () => {
    expect(schemas.map((s) => [s.id, s.name, (s.meta as { location: string }).location])).toEqual([
      [USER_SCHEMA, "User", `https://org.example/scim/v2/Schemas/${USER_SCHEMA}`],
      [ENTERPRISE_USER_SCHEMA, "EnterpriseUser", `https://org.example/scim/v2/Schemas/${ENTERPRISE_USER_SCHEMA}`],
      [GROUP_SCHEMA, "Group", `https://org.example/scim/v2/Schemas/${GROUP_SCHEMA}`],
    ]);
  });

  it('describes the User schema as "User Account" (Postman collection)', () => {
    expect(byId(USER_SCHEMA).description).toBe("User Account");
    expect(JSON.stringify(schemas)).toContain('"User Account"');
  });

  it("matches Microsoft's userName attribute exactly", () => {
    expect(byId(USER_SCHEMA).attributes.find((a) => a.name === "userName")).toEqual({
      name: "userName",
      type: "string",
      multiValued: false,
      description:
        "Unique identifier for the User, typically used by the user to directly authenticate to the service provider. Each User MUST include a non-empty userName value.  This identifier MUST be unique across the service provider's entire set of Users. REQUIRED.",
      required: true,
      caseExact: false,
      mutability: "readWrite",
      returned: "default",
      uniqueness: "server",
    });
  });

  it("has the LogMeIn mapping's attributes", () => {
    const user = byId(USER_SCHEMA).attributes;
    expect(user.map((a) => a.name)).toEqual(
      expect.arrayContaining(["userName", "externalId", "active", "name", "emails"]),
    );
    expect(user.find((a) => a.name === "name")?.subAttributes?.map((a) => a.name)).toEqual(
      expect.arrayContaining(["givenName", "familyName"]),
    );
    expect(byId(ENTERPRISE_USER_SCHEMA).attributes.map((a) => a.name)).toEqual(
      expect.arrayContaining(["department", "employeeNumber", "costCenter", "division", "manager"]),
    );
  });

  it("Group members have value/display/type and no $ref (validator)", () => {
    const members = byId(GROUP_SCHEMA).attributes.find((a) => a.name === "members");
    expect(members?.subAttributes?.map((a) => a.name)).toEqual(["value", "display", "type"]);
  });

  it("contains no nulls and only camelCase characteristic values", () => {
    const allowed = {
      type: ["string", "boolean", "decimal", "integer", "dateTime", "binary", "reference", "complex"],
      mutability: ["readOnly", "readWrite", "immutable", "writeOnly"],
      returned: ["always", "never", "default", "request"],
      uniqueness: ["none", "server", "global"],
    };
    walk(schemas, (v, key) => {
      expect(v).not.toBeNull();
      if (key in allowed && typeof v === "string") expect(allowed[key as keyof typeof allowed]).toContain(v);
    });
  });
});

describe("buildResourceTypes", () => {
  it("User with the enterprise extension, Group without", () => {
    expect(buildResourceTypes("https://org.example/scim/v2")).toEqual([
      expect.objectContaining({
        id: "User",
        endpoint: "/Users",
        schema: USER_SCHEMA,
        schemaExtensions: [{ schema: ENTERPRISE_USER_SCHEMA, required: false }],
        meta: { resourceType: "ResourceType", location: "https://org.example/scim/v2/ResourceTypes/User" },
      }),
      expect.objectContaining({ id: "Group", endpoint: "/Groups", schema: GROUP_SCHEMA, schemaExtensions: [] }),
    ]);
  });
});

describe("buildServiceProviderConfig", () => {
  it("advertises what the server does", () => {
    expect(buildServiceProviderConfig(BASE, { maxResults: 100 })).toMatchObject({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 100 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      authenticationSchemes: [expect.objectContaining({ type: "oauthbearertoken", primary: true })],
      meta: { resourceType: "ServiceProviderConfig", location: "https://org.example/scim/v2/ServiceProviderConfig" },
    });
  });

  it("defaults maxResults to 200 and can turn etag off", () => {
    expect(buildServiceProviderConfig(BASE, { etag: false })).toMatchObject({
      filter: { maxResults: 200 },
      etag: { supported: false },
    });
  });
});
