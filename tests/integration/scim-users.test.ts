// /scim/v2/Users over real HTTP: create, read and PATCH in both Entra dialects (entra-scim.md E1–E11).
import { beforeAll, describe, expect, it } from "vitest";
import { E4B_CREATE_USER, E4C_CREATE_USER, E4_CREATE_USER, PATCHES } from "@/tests/fixtures/entra-payloads";
import {
  createScimOrg,
  createUser,
  ENT,
  ERROR_SCHEMA,
  LIST_SCHEMA,
  patchOp,
  USER_SCHEMA,
  type ScimOrg,
} from "./support/scim";
import { unique } from "./support/cli";

// A domain belongs to one organization only, so the public domains of Microsoft's payloads are swapped for
// domains this test organization alone verifies (e.g. testuser.com → testuser-com.<unique>.example.net).
const PAYLOAD_DOMAINS = [
  "testuser.com",
  "contoso.com",
  "microsoft.com",
  "test.microsoft.com",
  "redacted.onmicrosoft.com",
  "wintheiser.info",
];
const BASE = `${unique("payload")}.example.net`;
const DOMAIN_MAP = Object.fromEntries(PAYLOAD_DOMAINS.map((d) => [d, `${d.replace(/\./g, "-")}.${BASE}`]));

function rehome<T>(value: T): T {
  let text = JSON.stringify(value);
  for (const [from, to] of Object.entries(DOMAIN_MAP))
    text = text.replace(new RegExp(`@${from.replace(/\./g, "\\.")}(?=")`, "gi"), `@${to}`);
  return JSON.parse(text) as T;
}

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg({ extraDomains: Object.values(DOMAIN_MAP) });
});

describe("create and read (E1, E3–E5)", () => {
  it("E1: a filter that matches nothing is 200 with an empty ListResponse, also in Entra's +-encoded wire form", async () => {
    for (const path of [
      `/Users?filter=userName eq "${crypto.randomUUID()}"`,
      '/Users?filter=userName+eq+"dale.mohr%40romaguera.uk"',
    ]) {
      const res = await org.client.get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/scim+json");
      expect(res.body).toEqual({
        schemas: [LIST_SCHEMA],
        totalResults: 0,
        Resources: [],
        startIndex: 1,
        itemsPerPage: 0,
      });
    }
  });

  it("E4: Microsoft's create example is 201 with Location and ETag; meta and roles: [] are ignored", async () => {
    const body = rehome({ ...E4_CREATE_USER, userName: "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee@testuser.com" });
    const res = await org.client.post("/Users", body);
    expect(res.status, res.text).toBe(201);
    const user = res.body;
    expect(res.headers.get("location")).toBe(`${org.client.baseUrl}/Users/${user.id}`);
    expect(res.headers.get("etag")).toBe('W/"1"');
    expect(user).toMatchObject({
      schemas: [USER_SCHEMA],
      externalId: E4_CREATE_USER.externalId,
      userName: body.userName,
      name: E4_CREATE_USER.name,
      active: true,
      emails: body.emails,
      meta: { resourceType: "User", location: res.headers.get("location"), version: 'W/"1"' },
    });
    expect(user.roles).toBeUndefined();
    expect(Date.parse(user.meta.created)).not.toBeNaN();
    const again = await org.client.get(`/Users/${user.id}`);
    expect(again.body).toEqual(user);
  });

  it("E4 verbatim: a userName outside every verified domain is 400 invalidValue", async () => {
    const res = await org.client.post("/Users", E4_CREATE_USER);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "400", scimType: "invalidValue" });
    expect(res.body.detail).toContain("Test_User_00aa00aa");
  });

  it("E4b: nulls, a malformed enterprise URN and top-level department/manager are tolerated", async () => {
    const res = await org.client.post("/Users", rehome(E4B_CREATE_USER));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      userName: rehome("jyoung@testuser.com"),
      displayName: "Joy Young",
      externalId: "jyoung",
      active: true,
    });
    for (const absent of ["addresses", "phoneNumbers", "title", "preferredLanguage", ENT])
      expect(res.body[absent]).toBeUndefined();
  });

  it("E4c: the LogMeIn mapping stores the enterprise attributes and coerces a string active", async () => {
    const res = await org.client.post("/Users", rehome({ ...E4C_CREATE_USER, active: "True" }));
    expect(res.status, res.text).toBe(201);
    expect(res.body.schemas).toEqual([USER_SCHEMA, ENT]);
    expect(res.body[ENT]).toEqual(E4C_CREATE_USER[ENT]);
    expect(res.body.active).toBe(true);
    expect(res.body.name).toEqual({ givenName: "Alice", familyName: "Smith" });
  });

  it("E3/E3b: matching by userName (any case), work email, unquoted externalId; attributes=id", async () => {
    const userName = org.email("Match.Me");
    const user = await createUser(org.client, {
      userName,
      externalId: "jyoung-e3",
      emails: [{ type: "work", value: userName, primary: true }],
    });
    const byName = await org.client.filter("Users", `userName eq "${userName.toUpperCase()}"`);
    expect(byName.body.totalResults).toBe(1);
    expect(byName.body.Resources[0].id).toBe(user.id);
    const byEmail = await org.client.filter("Users", `emails[type eq "work"].value eq "${userName.toLowerCase()}"`);
    expect(byEmail.body.Resources.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const unquoted = await org.client.filter("Users", "externalId eq JYOUNG-E3");
    expect(unquoted.body.Resources.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const idOnly = await org.client.filter(
      "Users",
      `id eq ${user.id} and manager eq 2819c223-7f76-453a-919d-413861904646`,
      "attributes=id",
    );
    expect(idOnly.status).toBe(200);
    expect(idOnly.body.totalResults).toBe(0);
    const projected = await org.client.filter("Users", `id eq "${user.id}"`, "attributes=id");
    expect(projected.body.Resources).toEqual([{ schemas: [USER_SCHEMA], id: user.id }]);
  });

  it("E5: GET by id answers the user with its ETag; an unknown id is 404 with an Error body", async () => {
    const user = await createUser(org.client, { userName: org.email() });
    const res = await org.client.get(`/Users/${user.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(user.meta.version);
    const missing = await org.client.get("/Users/5171a35d82074e068ce2");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/scim+json");
    expect(missing.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "404" });
    expect(missing.body.detail).toContain("5171a35d82074e068ce2");
  });
});

const DIALECTS = [
  {
    name: "legacy",
    flagged: false,
    op: (o: string) => o[0]!.toUpperCase() + o.slice(1),
    bool: (b: boolean) => (b ? "True" : "False"),
  },
  { name: "aadOptscim062020", flagged: true, op: (o: string) => o, bool: (b: boolean) => b },
] as const;

describe.each(DIALECTS)("PATCH /Users in the $name dialect (E6–E11)", (dialect) => {
  const client = () => (dialect.flagged ? org.flagged : org.client);
  const op = (name: string, path: string | undefined, value?: unknown) => ({
    op: dialect.op(name),
    ...(path ? { path } : {}),
    ...(value !== undefined ? { value } : {}),
  });
  let user: { id: string; userName: string; meta: { version: string } };

  beforeAll(async () => {
    user = await createUser(org.client, {
      userName: org.email(`patch-${dialect.name}`),
      externalId: unique("ext"),
      name: { givenName: "givenName", familyName: "familyName", formatted: "givenName familyName" },
    });
  });

  it('E6: emails[type eq "work"].value creates the missing work email; name.familyName is replaced', async () => {
    const res = await client().patch(
      `/Users/${user.id}`,
      patchOp(
        op("replace", 'emails[type eq "work"].value', rehome("updatedEmail@microsoft.com")),
        op("replace", "name.familyName", "updatedFamilyName"),
      ),
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.emails).toEqual([{ value: rehome("updatedEmail@microsoft.com"), type: "work", primary: true }]);
    expect(res.body.name).toMatchObject({ givenName: "givenName", familyName: "updatedFamilyName" });
    const second = await client().patch(
      `/Users/${user.id}`,
      patchOp(op("replace", 'emails[type eq "work"].value', rehome("second@microsoft.com"))),
    );
    expect(second.body.emails).toEqual([{ value: rehome("second@microsoft.com"), type: "work", primary: true }]);
  });

  it("E7: userName is replaced and found by the new name", async () => {
    const userName = `${unique("renamed")}@${DOMAIN_MAP["testuser.com"]}`;
    const res = await client().patch(`/Users/${user.id}`, patchOp(op("replace", "userName", userName)));
    expect(res.status, res.text).toBe(200);
    expect(res.body.userName).toBe(userName);
    const found = await org.client.filter("Users", `userName eq "${userName}"`);
    expect(found.body.Resources[0].id).toBe(user.id);
    user.userName = userName;
  });

  it("E8: disabling keeps the user visible to GET and to the filter, with active false; enabling brings it back", async () => {
    const res = await client().patch(`/Users/${user.id}`, patchOp(op("replace", "active", dialect.bool(false))));
    expect(res.status, res.text).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await org.client.get(`/Users/${user.id}`)).body.active).toBe(false);
    const filtered = await org.client.filter("Users", `userName eq "${user.userName}"`);
    expect(filtered.body.Resources).toHaveLength(1);
    expect(filtered.body.Resources[0].active).toBe(false);
    const tutorial = {
      Operations: [{ op: dialect.op("replace"), path: "active", value: true }],
      schemas: [PATCHES.E8_TUTORIAL.schemas[0]],
    };
    expect((await client().patch(`/Users/${user.id}`, tutorial)).body.active).toBe(true);
  });

  it("E9: add on a single-valued attribute sets it, including an enterprise attribute by URN path", async () => {
    const res = await client().patch(
      `/Users/${user.id}`,
      patchOp(
        op("add", "nickName", "Babs"),
        op("add", `${ENT}:department`, "Retail"),
        op("replace", 'addresses[type eq "work"].formatted', "18/2111"),
      ),
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.nickName).toBe("Babs");
    expect(res.body[ENT]).toMatchObject({ department: "Retail" });
    expect(res.body.addresses).toEqual([{ type: "work", formatted: "18/2111", primary: true }]);
    expect(res.body.schemas).toContain(ENT);
  });

  it("E10: several attributes at once (one op each, or one path-less object keyed by paths)", async () => {
    const values = {
      displayName: "Pvlo",
      givenName: "Gtfd",
      familyName: "Pkqf",
      externalId: unique("Eqpj"),
      employeeNumber: "Aklq",
    };
    const body = dialect.flagged
      ? patchOp(
          op("replace", 'emails[type eq "work"].value', rehome("TestMhvaes@test.microsoft.com")),
          op("replace", undefined, {
            displayName: values.displayName,
            "name.givenName": values.givenName,
            "name.familyName": values.familyName,
            externalId: values.externalId,
            [`${ENT}:employeeNumber`]: values.employeeNumber,
          }),
        )
      : patchOp(
          op("replace", "displayName", values.displayName),
          op("replace", 'emails[type eq "work"].value', rehome("TestMhvaes@test.microsoft.com")),
          op("replace", "name.givenName", values.givenName),
          op("replace", "name.familyName", values.familyName),
          op("replace", "externalId", values.externalId),
          op("replace", `${ENT}:employeeNumber`, values.employeeNumber),
        );
    const res = await client().patch(`/Users/${user.id}`, body);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      displayName: "Pvlo",
      externalId: values.externalId,
      name: { givenName: "Gtfd", familyName: "Pkqf" },
    });
    expect(res.body[ENT].employeeNumber).toBe("Aklq");
    expect(res.body["name.givenName"]).toBeUndefined();
    expect(res.body.emails).toEqual([{ value: rehome("TestMhvaes@test.microsoft.com"), type: "work", primary: true }]);
  });

  it("E11: the validator's large replace, and an empty Operations array as a no-op", async () => {
    const res = await client().patch(`/Users/${user.id}`, rehome(PATCHES.E11));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      title: "NBZCOAXVYJUY",
      name: { formatted: "Dell", familyName: "Gay", givenName: "Kyler" },
    });
    expect(res.body.emails[0].value).toBe(rehome("dandre_kling@wintheiser.info"));
    expect(res.body[ENT]).toMatchObject({
      organization: "LXVHJUOLNCLS",
      department: "GMSBFLMNPABY",
      costCenter: "HACMZWSEDOTQ",
    });
    const version = res.body.meta.version;
    const noop = await client().patch(`/Users/${user.id}`, patchOp());
    expect(noop.status).toBe(200);
    expect(noop.body.meta.version).toBe(version);
  });

  it("read-only and unknown attributes and nulls are ignored, the rest applied", async () => {
    const before = (await org.client.get(`/Users/${user.id}`)).body;
    const res = await client().patch(
      `/Users/${user.id}`,
      patchOp(
        op("replace", "id", "hijack"),
        op("replace", "meta.created", "2000-01-01T00:00:00Z"),
        op("replace", "notAnAttribute", "x"),
        op("replace", "title", null),
        op("replace", "groups", [{ value: "g" }]),
        op("replace", "nickName", "Kept"),
      ),
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.id).toBe(user.id);
    expect(res.body.meta.created).toBe(before.meta.created);
    expect(res.body.title).toBe(before.title);
    expect(res.body.notAnAttribute).toBeUndefined();
    expect(res.body.nickName).toBe("Kept");
  });
});
