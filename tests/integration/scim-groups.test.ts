// /scim/v2/Groups over real HTTP: the Entra catalogue (entra-scim.md E14–E20) in both PATCH dialects.
import { beforeAll, describe, expect, it } from "vitest";
import { E14_CREATE_GROUP } from "@/tests/fixtures/entra-payloads";
import {
  createGroup,
  createScimOrg,
  createUser,
  ERROR_SCHEMA,
  GROUP_SCHEMA,
  patchOp,
  type Json,
  type ScimClient,
  type ScimOrg,
} from "./support/scim";
import { unique } from "./support/cli";

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg();
});

async function members(client: ScimClient, groupId: string): Promise<string[]> {
  const res = await client.get(`/Groups/${groupId}`);
  expect(res.status).toBe(200);
  return (res.body.members as { value: string }[]).map((m) => m.value).sort();
}

async function users(n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((await createUser(org.client, { userName: org.email() })).id);
  return out;
}

describe("create and read (E14–E16)", () => {
  it("E14: the Microsoft ADSCIM schema URN and meta are ignored; 201 with members [] and a Location", async () => {
    const displayName = unique("displayName");
    const res = await org.client.post("/Groups", { ...E14_CREATE_GROUP, displayName });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      schemas: [GROUP_SCHEMA],
      externalId: E14_CREATE_GROUP.externalId,
      displayName,
      members: [],
    });
    expect(res.headers.get("location")).toBe(`${org.client.baseUrl}/Groups/${res.body.id}`);
    expect(res.headers.get("etag")).toBe('W/"1"');
  });

  it("E15/E16: excludedAttributes=members leaves members out; displayName filter is case-insensitive", async () => {
    const [u] = await users(1);
    const displayName = unique("Sales Team");
    const group = await createGroup(org.client, displayName, { members: [{ value: u }] });
    expect(group.members.map((m: Json) => m.value)).toEqual([u]);
    const single = await org.client.get(`/Groups/${group.id}?excludedAttributes=members`);
    expect(single.status).toBe(200);
    expect(single.body.members).toBeUndefined();
    expect(single.body.displayName).toBe(displayName);
    const found = await org.client.filter(
      "Groups",
      `displayName eq "${displayName.toUpperCase()}"`,
      "excludedAttributes=members",
    );
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0]).toMatchObject({ id: group.id, displayName });
    expect(found.body.Resources[0].members).toBeUndefined();
    const withMembers = await org.client.filter("Groups", `displayName eq "${displayName}"`);
    expect(withMembers.body.Resources[0].members).toEqual([{ value: u, display: expect.any(String), type: "User" }]);
    const byMember = await org.client.filter("Groups", `members[value eq "${u}"]`, "excludedAttributes=members");
    expect(byMember.body.Resources.map((g: Json) => g.id)).toEqual([group.id]);
  });

  it("the user shows its groups; a duplicate displayName (any case) is 409 uniqueness", async () => {
    const [u] = await users(1);
    const group = await createGroup(org.client, unique("Engineering"), { members: [{ value: u }] });
    const user = await org.client.get(`/Users/${u}`);
    expect(user.body.groups).toEqual([expect.objectContaining({ value: group.id, display: group.displayName })]);
    const dup = await org.client.post("/Groups", {
      schemas: [GROUP_SCHEMA],
      displayName: group.displayName.toLowerCase(),
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "409", scimType: "uniqueness" });
    const other = await createGroup(org.client, unique("Other"));
    const rename = await org.client.patch(
      `/Groups/${other.id}`,
      patchOp({ op: "Replace", path: "displayName", value: group.displayName }),
    );
    expect(rename.status).toBe(409);
  });
});

const DIALECTS = [
  { name: "legacy", flagged: false, op: (o: string) => o[0]!.toUpperCase() + o.slice(1) },
  { name: "aadOptscim062020", flagged: true, op: (o: string) => o },
] as const;

describe.each(DIALECTS)("PATCH /Groups in the $name dialect (E17–E19)", (dialect) => {
  const client = () => (dialect.flagged ? org.flagged : org.client);

  it("E17: replacing displayName answers 204 with no body and a new ETag", async () => {
    const group = await createGroup(org.client, unique("old"));
    const displayName = `${unique("1879db59")}updatedDisplayName`;
    const res = await client().patch(
      `/Groups/${group.id}`,
      patchOp({ op: dialect.op("replace"), path: "displayName", value: displayName }),
    );
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    expect(res.headers.get("etag")).toBe('W/"2"');
    expect((await org.client.get(`/Groups/${group.id}`)).body.displayName).toBe(displayName);
  });

  it("E18: several members in one Add; adding an existing member again is idempotent", async () => {
    const ids = await users(4);
    const group = await createGroup(org.client, unique("g"));
    const add = (values: string[]) =>
      patchOp({ op: dialect.op("add"), path: "members", value: values.map((value) => ({ $ref: null, value })) });
    expect((await client().patch(`/Groups/${group.id}`, add(ids.slice(0, 3)))).status).toBe(204);
    expect(await members(org.client, group.id)).toEqual(ids.slice(0, 3).sort());
    const again = await client().patch(`/Groups/${group.id}`, add([ids[0]!, ids[3]!]));
    expect(again.status).toBe(204);
    expect(await members(org.client, group.id)).toEqual([...ids].sort());
  });

  it("E19: removal removes only the listed members (value list with or without $ref, or a filtered path)", async () => {
    const ids = await users(5);
    const group = await createGroup(org.client, unique("g"), { members: ids.map((value) => ({ value })) });
    const removeBody = dialect.flagged
      ? patchOp(
          { op: "remove", path: `members[value eq "${ids[0]}"]` },
          { op: "remove", path: `members[value eq "${ids[1]}" or value eq "${ids[2]}"]` },
        )
      : patchOp(
          { op: "Remove", path: "members", value: [{ $ref: null, value: ids[0] }] },
          { op: "Remove", path: "members", value: [{ value: ids[1] }, { value: ids[2] }] },
        );
    const res = await client().patch(`/Groups/${group.id}`, removeBody);
    expect(res.status, res.text).toBe(204);
    expect(await members(org.client, group.id)).toEqual(ids.slice(3).sort());
    const notMember = await client().patch(
      `/Groups/${group.id}`,
      patchOp({ op: dialect.op("remove"), path: "members", value: [{ value: "not-a-member" }] }),
    );
    expect(notMember.status).toBe(204);
    expect(await members(org.client, group.id)).toEqual(ids.slice(3).sort());
  });

  it("remove members without a value removes them all; an empty Operations array changes nothing", async () => {
    const ids = await users(2);
    const group = await createGroup(org.client, unique("g"), { members: ids.map((value) => ({ value })) });
    expect((await client().patch(`/Groups/${group.id}`, patchOp())).status).toBe(204);
    expect((await org.client.get(`/Groups/${group.id}`)).headers.get("etag")).toBe('W/"1"');
    expect(
      (await client().patch(`/Groups/${group.id}`, patchOp({ op: dialect.op("remove"), path: "members" }))).status,
    ).toBe(204);
    expect(await members(org.client, group.id)).toEqual([]);
    expect((await org.client.get(`/Users/${ids[0]}`)).status).toBe(200);
  });

  it("an unknown member id is 400 invalidValue naming it, and no member of the batch is added", async () => {
    const [u] = await users(1);
    const group = await createGroup(org.client, unique("g"));
    const res = await client().patch(
      `/Groups/${group.id}`,
      patchOp({ op: dialect.op("add"), path: "members", value: [{ value: u }, { value: "f648f8d5ea4e4cd38e9c" }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR_SCHEMA], scimType: "invalidValue" });
    expect(res.body.detail).toContain("f648f8d5ea4e4cd38e9c");
    expect(await members(org.client, group.id)).toEqual([]);
  });
});

describe("replace and delete (PUT, E20)", () => {
  it("PUT replaces displayName, externalId and the member list", async () => {
    const ids = await users(3);
    const group = await createGroup(org.client, unique("g"), {
      externalId: "x1",
      members: [{ value: ids[0] }, { value: ids[1] }],
    });
    const displayName = unique("put");
    const res = await org.client.put(`/Groups/${group.id}`, {
      schemas: [GROUP_SCHEMA],
      displayName,
      members: [{ value: ids[1] }, { value: ids[2] }],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: group.id, displayName });
    expect(res.body.externalId).toBeUndefined();
    expect(res.body.members.map((m: Json) => m.value).sort()).toEqual([ids[1], ids[2]].sort());
    expect(res.body.meta.created).toBe(group.meta.created);
  });

  it("E20: DELETE is 204; the group is gone, its members remain users; unknown id is 404", async () => {
    const ids = await users(1);
    const group = await createGroup(org.client, unique("g"), { members: [{ value: ids[0] }] });
    expect((await org.client.delete(`/Groups/${group.id}`)).status).toBe(204);
    expect((await org.client.get(`/Groups/${group.id}`)).status).toBe(404);
    const user = await org.client.get(`/Users/${ids[0]}`);
    expect(user.status).toBe(200);
    expect(user.body.groups).toBeUndefined();
    const again = await org.client.delete(`/Groups/${group.id}`);
    expect(again.status).toBe(404);
    expect(again.body.status).toBe("404");
  });

  it("deleting a user removes it from its groups", async () => {
    const ids = await users(2);
    const group = await createGroup(org.client, unique("g"), { members: ids.map((value) => ({ value })) });
    expect((await org.client.delete(`/Users/${ids[0]}`)).status).toBe(204);
    expect(await members(org.client, group.id)).toEqual([ids[1]]);
  });
});
