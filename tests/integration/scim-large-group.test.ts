// A group larger than one page of members (group-member-pages.ts reads 1,000 at a time) over real HTTP: GET streams
// exactly its members in the order they were added, excludedAttributes and attributes shape the answer, and PATCH
// adds and removes single members without touching the rest.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, requestLogDb } from "@/lib/db/client";
import { createGroup, createScimOrg, GROUP_SCHEMA, patchOp, type Json, type ScimOrg } from "./support/scim";
import { unique } from "./support/cli";

const SIZE = 2_345;
let org: ScimOrg;
let userIds: string[];
/** Each seeded user's expected display: its displayName, or its userName when it has none. */
const displayOf = new Map<string, string>();

/** Users inserted in bulk (SCIM POSTs would take minutes), named u0000… so the expected display is known. */
async function seedUsers(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  const rows = ids.map((id, i) => {
    const userName = `u${String(i).padStart(4, "0")}-${randomUUID().slice(0, 8)}@${org.domain}`;
    return {
      id,
      orgId: org.orgId,
      userName,
      userNameLower: userName.toLowerCase(),
      displayName: i % 2 ? `User ${i}` : null,
    };
  });
  for (const r of rows) displayOf.set(r.id, r.displayName ?? r.userName);
  for (let i = 0; i < rows.length; i += 500) await prisma.orgUser.createMany({ data: rows.slice(i, i + 500) });
  return ids;
}

const valuesOf = (body: Json) => (body.members as { value: string }[]).map((m) => m.value);

beforeAll(async () => {
  org = await createScimOrg();
  userIds = await seedUsers(SIZE + 2);
});

describe("a group of more members than one page", () => {
  let group: Json;
  beforeAll(async () => {
    group = await createGroup(org.client, unique("Big"));
    // Two PATCHes: the first 1,500 share one createdAt (ties across page boundaries), the rest come after.
    for (const batch of [userIds.slice(0, 1500), userIds.slice(1500, SIZE)]) {
      const res = await org.client.patch(
        `/Groups/${group.id}`,
        patchOp({ op: "add", path: "members", value: batch.map((value) => ({ value })) }),
      );
      expect(res.status, res.text).toBe(204);
    }
  });

  it("GET answers every member exactly once, in the order added (ties by id), with display and type", async () => {
    const res = await org.client.get(`/Groups/${group.id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/scim+json");
    expect(res.headers.get("etag")).toBe('W/"3"');
    expect(res.body.schemas).toEqual([GROUP_SCHEMA]);
    expect(res.body.meta.location).toBe(`${org.client.baseUrl}/Groups/${group.id}`);
    const values = valuesOf(res.body);
    expect(values).toHaveLength(SIZE);
    const firstBatch = userIds.slice(0, 1500).sort();
    expect(values.slice(0, 1500)).toEqual(firstBatch);
    expect(values.slice(1500).sort()).toEqual(userIds.slice(1500, SIZE).sort());
    for (const m of res.body.members as { value: string; display: string; type: string }[])
      expect(m).toEqual({ value: m.value, display: displayOf.get(m.value), type: "User" });
  });

  it("excludedAttributes=members leaves them out; attributes=members.value keeps only the values", async () => {
    const excluded = await org.client.get(`/Groups/${group.id}?excludedAttributes=members`);
    expect(excluded.status).toBe(200);
    expect(excluded.body.members).toBeUndefined();
    expect(excluded.body.displayName).toBe(group.displayName);

    const onlyValues = await org.client.get(`/Groups/${group.id}?attributes=members.value`);
    expect(onlyValues.status).toBe(200);
    expect(onlyValues.body.displayName).toBeUndefined();
    expect(onlyValues.body.members).toHaveLength(SIZE);
    expect(Object.keys(onlyValues.body.members[0])).toEqual(["value"]);
  });

  it("PATCH adds one member and removes another without rewriting the rest", async () => {
    const [added, removed] = [userIds[SIZE]!, userIds[7]!];
    const add = await org.client.patch(
      `/Groups/${group.id}`,
      patchOp({ op: "add", path: "members", value: [{ value: added }] }),
    );
    expect(add.status, add.text).toBe(204);
    const remove = await org.client.patch(
      `/Groups/${group.id}`,
      patchOp({ op: "remove", path: `members[value eq "${removed}"]` }),
    );
    expect(remove.status, remove.text).toBe(204);
    const values = valuesOf((await org.client.get(`/Groups/${group.id}`)).body);
    expect(values).toHaveLength(SIZE);
    expect(values.at(-1)).toBe(added);
    expect(values).not.toContain(removed);
    expect(new Set(values).size).toBe(SIZE);
  });

  it("the request log keeps the streamed answer's beginning, capped, and says how long it was", async () => {
    const requestId = unique("rid");
    const res = await org.client.get(`/Groups/${group.id}`, { "x-request-id": requestId });
    expect(res.status).toBe(200);
    let row: { responseBody: string | null; action: string | null } | null = null;
    for (let i = 0; i < 100 && !row; i++) {
      row = await requestLogDb.scimRequestLog.findFirst({ where: { requestId } });
      if (!row) await new Promise((r) => setTimeout(r, 50));
    }
    expect(row?.action).toBe("Get Group");
    const logged = row!.responseBody!;
    expect(logged.startsWith(res.text.slice(0, 1000))).toBe(true);
    const [, shown, cut] = /^([\s\S]*)…\[truncated (\d+) characters\]$/.exec(logged) ?? [];
    expect(shown!.length + Number(cut)).toBe(res.text.length);
  });

  it("an empty group still answers members: []; HEAD answers the headers only", async () => {
    const empty = await createGroup(org.client, unique("Empty"));
    expect((await org.client.get(`/Groups/${empty.id}`)).body.members).toEqual([]);
    const head = await fetch(`${org.client.baseUrl}/Groups/${group.id}`, {
      method: "HEAD",
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});
