// A SCIM write answers with the resource as stored, without reading it back (lib/directory/user-rows.ts writtenUser):
// every answer of POST, PUT and PATCH on /Users is exactly what a GET of the user returns right after, groups and
// meta (version, lastModified) included, in both Entra dialects.
import { beforeAll, describe, expect, it } from "vitest";
import { createGroup, createScimOrg, createUser, ENT, patchOp, USER_SCHEMA, type ScimOrg } from "./support/scim";

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg();
});

async function expectStored(answer: { status: number; body: unknown; text: string }, id: string) {
  expect(answer.status, answer.text).toBe(200);
  const read = await org.client.get(`/Users/${id}`);
  expect(read.status).toBe(200);
  expect(answer.body).toEqual(read.body);
}

describe("a write's answer is the stored user", () => {
  it("POST, then PATCH in both dialects and PUT, each answer equal to the GET after it", async () => {
    const userName = org.email("answer");
    const created = (await createUser(org.client, {
      userName,
      externalId: "ext-answer-1",
      displayName: "Ann Swer",
      nickName: "Ann",
      title: "Engineer",
      name: { givenName: "Ann", familyName: "Swer", middleName: "Q", formatted: "Ann Q Swer" },
      emails: [
        { value: userName, type: "work", primary: true },
        { value: `home-${userName}`, type: "home" },
      ],
      phoneNumbers: [{ value: "+1 555 0100", type: "work" }],
      addresses: [{ type: "work", locality: "Budapest", country: "HU" }],
      schemas: [USER_SCHEMA, ENT],
      [ENT]: { department: "Sales", employeeNumber: "42", manager: { value: "m-1" } },
    })) as { id: string };
    const read = await org.client.get(`/Users/${created.id}`);
    expect(created).toEqual(read.body);

    // Groups are part of a PATCH's answer, as of the read before the write.
    const group = (await createGroup(org.client, `answers-${Date.now()}`)) as { id: string };
    const added = await org.client.patch(
      `/Groups/${group.id}`,
      patchOp({ op: "add", path: "members", value: [{ value: created.id }] }),
    );
    expect(added.status).toBeLessThan(300);

    await expectStored(
      await org.client.patch(
        `/Users/${created.id}`,
        patchOp(
          { op: "Replace", path: "name.givenName", value: "Anna" },
          { op: "Replace", path: `${ENT}:department`, value: "Legal" },
          { op: "Replace", path: 'emails[type eq "work"].value', value: org.email("answer-new") },
          { op: "Add", path: "phoneNumbers", value: [{ value: "+1 555 0101", type: "mobile" }] },
          { op: "Remove", path: "nickName" },
        ),
      ),
      created.id,
    );

    const flagged = await org.flagged.patch(
      `/Users/${created.id}`,
      patchOp({ op: "replace", path: "active", value: false }, { op: "replace", path: "title", value: "Lead" }),
    );
    if (flagged.status === 204)
      expect((await org.client.get(`/Users/${created.id}`)).body).toMatchObject({ active: false });
    else await expectStored(flagged, created.id);

    await expectStored(
      await org.client.put(`/Users/${created.id}`, {
        schemas: [USER_SCHEMA],
        userName,
        active: true,
        name: { givenName: "Ann", familyName: "Swer" },
        emails: [{ value: userName, type: "work", primary: true }],
      }),
      created.id,
    );
  });
});
