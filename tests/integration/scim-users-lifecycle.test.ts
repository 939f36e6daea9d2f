// /scim/v2/Users over real HTTP: manager, delete and replace (entra-scim.md E12, E13), ETag/If-Match,
// case-insensitive userName uniqueness and the organization's verified-domain rule.
import { beforeAll, describe, expect, it } from "vitest";
import { createScimOrg, createUser, ENT, ERROR_SCHEMA, patchOp, USER_SCHEMA, type ScimOrg } from "./support/scim";

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg();
});

describe("manager, delete, replace (E12, E13, PUT)", () => {
  it("E12: the legacy manager array is stored as the enterprise manager", async () => {
    const manager = await createUser(org.client, { userName: org.email("boss") });
    const user = await createUser(org.client, { userName: org.email() });
    const res = await org.client.patch(
      `/Users/${user.id}`,
      patchOp({ op: "Add", path: "manager", value: [{ $ref: `http://x/Users/${manager.id}`, value: manager.id }] }),
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body[ENT].manager.value).toBe(manager.id);
  });

  it("E13: DELETE is 204, then the user is gone (404); deleting an unknown id is 404", async () => {
    const user = await createUser(org.client, { userName: org.email() });
    const res = await org.client.delete(`/Users/${user.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await org.client.get(`/Users/${user.id}`)).status).toBe(404);
    expect((await org.client.filter("Users", `userName eq "${user.userName}"`)).body.totalResults).toBe(0);
    const again = await org.client.delete(`/Users/${user.id}`);
    expect(again.status).toBe(404);
    expect(again.body.schemas).toEqual([ERROR_SCHEMA]);
  });

  it("PUT replaces the user, keeps id and created, clears what is absent", async () => {
    const user = await createUser(org.client, {
      userName: org.email(),
      nickName: "Old",
      title: "Boss",
      emails: [{ value: org.email(), type: "work" }],
    });
    const userName = org.email("put");
    const res = await org.client.put(`/Users/${user.id}`, {
      schemas: [USER_SCHEMA],
      userName,
      active: "False",
      name: { givenName: "New" },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, userName, active: false, name: { givenName: "New" } });
    expect(res.body.meta.created).toBe(user.meta.created);
    for (const absent of ["nickName", "title", "emails"]) expect(res.body[absent]).toBeUndefined();
    expect(res.headers.get("etag")).toBe('W/"2"');
  });
});

describe("ETag, uniqueness and the verified-domain rule", () => {
  it("If-Match with a stale ETag is 412 and changes nothing; the current one applies", async () => {
    const user = await createUser(org.client, { userName: org.email() });
    const body = patchOp({ op: "replace", path: "nickName", value: "A" });
    const stale = await org.client.patch(`/Users/${user.id}`, body, { "if-match": 'W/"99"' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "412" });
    expect((await org.client.get(`/Users/${user.id}`)).body.nickName).toBeUndefined();
    const fresh = await org.client.patch(`/Users/${user.id}`, body, { "if-match": user.meta.version });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).toBe('W/"2"');
    expect((await org.client.delete(`/Users/${user.id}`, { "if-match": user.meta.version })).status).toBe(412);
    expect((await org.client.get(`/Users/${user.id}`, { "if-none-match": 'W/"2"' })).status).toBe(304);
  });

  it("userName is unique case-insensitively: 409 uniqueness", async () => {
    const userName = org.email("Dup");
    await createUser(org.client, { userName });
    const res = await org.client.post("/Users", { schemas: [USER_SCHEMA], userName: userName.toUpperCase() });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "409", scimType: "uniqueness" });
    const other = await createUser(org.client, { userName: org.email() });
    const rename = await org.client.patch(
      `/Users/${other.id}`,
      patchOp({ op: "replace", path: "userName", value: userName.toLowerCase() }),
    );
    expect(rename.status).toBe(409);
    expect(rename.body.scimType).toBe("uniqueness");
  });

  it("userName and work email must be in a verified domain (exactly: a subdomain needs its own record)", async () => {
    for (const userName of ["someone@unverified.example", `someone@sub.${org.domain}`]) {
      const res = await org.client.post("/Users", { schemas: [USER_SCHEMA], userName });
      expect(res.status).toBe(400);
      expect(res.body.scimType).toBe("invalidValue");
      expect(res.body.detail).toContain(userName.split("@")[1]);
    }
    const badEmail = await org.client.post("/Users", {
      schemas: [USER_SCHEMA],
      userName: org.email(),
      emails: [{ type: "work", value: "x@elsewhere.example" }],
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.detail).toContain("elsewhere.example");
    const homeEmail = await org.client.post("/Users", {
      schemas: [USER_SCHEMA],
      userName: org.email(),
      emails: [{ type: "home", value: "x@elsewhere.example" }],
    });
    expect(homeEmail.status).toBe(201);
    const patched = await org.client.patch(
      `/Users/${homeEmail.body.id}`,
      patchOp({ op: "replace", path: 'emails[type eq "work"].value', value: "y@elsewhere.example" }),
    );
    expect(patched.status).toBe(400);
    expect(patched.body.detail).toContain("elsewhere.example");
  });
});
