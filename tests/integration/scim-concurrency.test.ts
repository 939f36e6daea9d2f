// Concurrency over real HTTP: parallel member adds to one group all land, parallel duplicate creates give exactly
// one 201, and parallel PATCHes of one user lose no update.
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

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg();
});

describe("concurrent SCIM requests", () => {
  it("30 parallel PATCH add-member requests to one group all land", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await createUser(org.client, { userName: org.email(`m${i}`) })).id);
    const group = await createGroup(org.client, unique("Everyone"));
    const responses = await Promise.all(
      ids.map((id, i) =>
        (i % 2 ? org.flagged : org.client).patch(
          `/Groups/${group.id}`,
          patchOp({ op: i % 2 ? "add" : "Add", path: "members", value: [{ value: id }] }),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(ids.map(() => 204));
    const res = await org.client.get(`/Groups/${group.id}`);
    expect(res.body.members.map((m: Json) => m.value).sort()).toEqual([...ids].sort());
    expect(res.headers.get("etag")).toBe('W/"31"');
    const again = await Promise.all(
      ids
        .slice(0, 10)
        .map((id) =>
          org.client.patch(
            `/Groups/${group.id}`,
            patchOp({ op: "Add", path: "members", value: [{ value: id }, { value: ids[29] }] }),
          ),
        ),
    );
    expect(again.map((r) => r.status)).toEqual(Array(10).fill(204));
    expect((await org.client.get(`/Groups/${group.id}`)).body.members).toHaveLength(30);
  });

  it("10 parallel POSTs of the same userName give exactly one 201 and nine 409 uniqueness", async () => {
    const userName = org.email("twin");
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        org.client.post("/Users", { schemas: [USER_SCHEMA], userName: i % 2 ? userName : userName.toUpperCase() }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const r of responses.filter((x) => x.status === 409)) expect(r.body.scimType).toBe("uniqueness");
    expect((await org.client.filter("Users", `userName eq "${userName}"`)).body.totalResults).toBe(1);
  });

  it("10 parallel POSTs of the same group displayName give exactly one 201", async () => {
    const displayName = unique("Twins");
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => org.client.post("/Groups", { schemas: [GROUP_SCHEMA], displayName })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it("parallel PATCHes of different attributes of one user all survive", async () => {
    const user = await createUser(org.client, { userName: org.email() });
    const attrs = [
      "nickName",
      "title",
      "displayName",
      "userType",
      "locale",
      "timezone",
      "preferredLanguage",
      "profileUrl",
    ];
    const responses = await Promise.all(
      attrs.map((a) => org.client.patch(`/Users/${user.id}`, patchOp({ op: "add", path: a, value: `v-${a}` }))),
    );
    expect(responses.map((r) => r.status)).toEqual(attrs.map(() => 200));
    const res = await org.client.get(`/Users/${user.id}`);
    for (const a of attrs) expect(res.body[a]).toBe(`v-${a}`);
    expect(res.body.meta.version).toBe(`W/"${attrs.length + 1}"`);
  });
});
