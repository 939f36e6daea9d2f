// Organization isolation over real HTTP: one organization's token can never read, filter, change or delete another
// organization's users or groups, nor make them members of its own groups.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createGroup,
  createScimOrg,
  createUser,
  GROUP_SCHEMA,
  patchOp,
  USER_SCHEMA,
  type Json,
  type ScimOrg,
} from "./support/scim";
import { unique } from "./support/cli";

let a: ScimOrg;
let b: ScimOrg;
let userA: Json;
let groupA: Json;

beforeAll(async () => {
  a = await createScimOrg();
  b = await createScimOrg();
  userA = await createUser(a.client, { userName: a.email("alice"), externalId: "ext-alice" });
  groupA = await createGroup(a.client, unique("Finance"), { members: [{ value: userA.id }] });
});

describe("organization B's token against organization A's resources", () => {
  it("cannot read them by id, list them or find them with any filter", async () => {
    expect((await b.client.get(`/Users/${userA.id}`)).status).toBe(404);
    expect((await b.client.get(`/Groups/${groupA.id}`)).status).toBe(404);
    const lists = [
      await b.client.get("/Users"),
      await b.client.get("/Groups"),
      await b.client.filter("Users", `userName eq "${userA.userName}"`),
      await b.client.filter("Users", `id eq "${userA.id}" or externalId eq "ext-alice"`),
      await b.client.filter("Users", `not (id eq "nothing")`),
      await b.client.filter("Users", `groups[value eq "${groupA.id}"]`),
      await b.client.filter("Groups", `displayName eq "${groupA.displayName}" or members[value eq "${userA.id}"]`),
      await b.client.post("/Users/.search", { filter: `userName pr` }),
    ];
    for (const res of lists) {
      expect(res.status, res.text).toBe(200);
      expect(res.body.totalResults).toBe(0);
    }
  });

  it("cannot change or delete them", async () => {
    const responses = [
      await b.client.patch(`/Users/${userA.id}`, patchOp({ op: "Replace", path: "active", value: "False" })),
      await b.client.put(`/Users/${userA.id}`, { schemas: [USER_SCHEMA], userName: b.email("mallory") }),
      await b.client.delete(`/Users/${userA.id}`),
      await b.client.patch(`/Groups/${groupA.id}`, patchOp({ op: "remove", path: "members" })),
      await b.client.put(`/Groups/${groupA.id}`, { schemas: [GROUP_SCHEMA], displayName: "taken over" }),
      await b.client.delete(`/Groups/${groupA.id}`),
    ];
    for (const res of responses) expect(res.status, res.text).toBe(404);
    const user = await a.client.get(`/Users/${userA.id}`);
    expect(user.body).toMatchObject({ active: true, userName: userA.userName, meta: { version: 'W/"1"' } });
    const group = await a.client.get(`/Groups/${groupA.id}`);
    expect(group.body.displayName).toBe(groupA.displayName);
    expect(group.body.members.map((m: Json) => m.value)).toEqual([userA.id]);
  });

  it("cannot add them as members of its own groups (PATCH, POST or PUT): 400 naming the id, nothing linked", async () => {
    const own = await createUser(b.client, { userName: b.email() });
    const groupB = await createGroup(b.client, unique("B team"));
    const add = await b.client.patch(
      `/Groups/${groupB.id}`,
      patchOp({ op: "add", path: "members", value: [{ value: own.id }, { value: userA.id }] }),
    );
    expect(add.status).toBe(400);
    expect(add.body.scimType).toBe("invalidValue");
    expect(add.body.detail).toContain(userA.id);
    const post = await b.client.post("/Groups", {
      schemas: [GROUP_SCHEMA],
      displayName: unique("B2"),
      members: [{ value: userA.id }],
    });
    expect(post.status).toBe(400);
    const put = await b.client.put(`/Groups/${groupB.id}`, {
      schemas: [GROUP_SCHEMA],
      displayName: groupB.displayName,
      members: [{ value: userA.id }],
    });
    expect(put.status).toBe(400);
    expect((await b.client.get(`/Groups/${groupB.id}`)).body.members).toEqual([]);
    const userSeenByA = await a.client.get(`/Users/${userA.id}`);
    expect(userSeenByA.body.groups.map((g: Json) => g.value)).toEqual([groupA.id]);
    const removeForeign = await b.client.patch(
      `/Groups/${groupB.id}`,
      patchOp({ op: "remove", path: `members[value eq "${userA.id}"]` }),
    );
    expect(removeForeign.status).toBe(204);
    expect((await a.client.get(`/Groups/${groupA.id}`)).body.members).toHaveLength(1);
  });

  it("uniqueness is per organization: B may create a group with A's displayName", async () => {
    expect(
      (await b.client.post("/Groups", { schemas: [GROUP_SCHEMA], displayName: groupA.displayName.toUpperCase() }))
        .status,
    ).toBe(201);
    const found = await a.client.filter(
      "Groups",
      `displayName eq "${groupA.displayName}"`,
      "excludedAttributes=members",
    );
    expect(found.body.Resources.map((g: Json) => g.id)).toEqual([groupA.id]);
  });

  it("a domain verified only by A does not let B provision into it", async () => {
    const res = await b.client.post("/Users", { schemas: [USER_SCHEMA], userName: a.email() });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain(a.domain);
  });
});
