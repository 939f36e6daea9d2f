// The console's Directory users page over real HTTP, signed in: paging and its total, the name and email search
// (word starts of the names, userName and emails, kept by every write; LIKE wildcards taken literally), and the status
// and source filters, all run in the database (list-users-page.ts, user-search-match.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { createOrganization } from "@/lib/orgs/create-organization";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { createUser, replaceUser } from "@/lib/directory/users-write";
import { patchUser } from "@/lib/directory/users-patch";
import { deleteResource } from "@/lib/directory/delete-resource";
import { HttpSession } from "./support/http-session";
import { unique } from "./support/cli";

const PASSWORD = "integration-password-1";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
let session: HttpSession;
let slug: string;
let orgId: string;
let domain: string;
const ids = new Map<string, string>();

function user(userName: string, extra: Record<string, unknown> = {}) {
  return { schemas: [USER], userName, active: true, ...extra };
}

beforeAll(async () => {
  const email = `${unique("dir-admin")}@example.com`;
  await createAccount({ email, name: "Directory Admin", password: PASSWORD });
  const org = await createOrganization({ name: unique("Directory Org"), ownerEmail: email }, CLI_ACTOR);
  slug = org.slug;
  orgId = org.id;
  domain = `${unique("dir")}.example`;
  await markDomainVerified(org.id, domain, CLI_ACTOR);
  // 60 users a00…a59; 3 named "Needle …"; a45 inactive; a50–a59 from another source; a07 has a second email.
  for (let i = 0; i < 60; i++) {
    const local = `a${String(i).padStart(2, "0")}`;
    const emails = [{ value: `${local}@${domain}`, type: "work", primary: true }];
    if (i === 7) emails.push({ value: "Zebra@Elsewhere.example", type: "other", primary: false });
    const created = await createUser(
      org.id,
      user(`${local}@${domain}`, {
        displayName: i % 20 === 3 ? `Needle ${i}` : `Person ${i}`,
        active: i !== 45,
        emails,
      }),
      { baseUrl: "http://localhost", source: i >= 50 ? "scim-other" : "benchmark" },
    );
    ids.set(local, created.id);
  }
  const people = [
    // LogMeIn's default mappings send no displayName: given and family name are the name.
    ["ann.smith", { name: { givenName: "Ann", familyName: "Smith" } }],
    ["annette.lee", { displayName: "Annette Lee" }],
    ["bob.smithers", { displayName: "Bob Smithers" }],
    ["promo", { displayName: "Promo 50%_off" }],
    ["promo2", { displayName: "Promo 50xyoff" }],
  ] as const;
  for (const [local, extra] of people) {
    const created = await createUser(org.id, user(`${local}@${domain}`, extra), {
      baseUrl: "http://localhost",
      source: "benchmark",
    });
    ids.set(local, created.id);
  }
  // Another organization's Needle and Ann Smith are never found.
  const other = await createOrganization({ name: unique("Other Org"), ownerEmail: email }, CLI_ACTOR);
  const otherDomain = `${unique("other")}.example`;
  await markDomainVerified(other.id, otherDomain, CLI_ACTOR);
  for (const [local, displayName] of [
    ["n", "Needle Elsewhere"],
    ["s", "Ann Smith"],
  ])
    await createUser(other.id, user(`${local}@${otherDomain}`, { displayName }), {
      baseUrl: "http://localhost",
      source: "benchmark",
    });
  session = new HttpSession();
  expect(await session.signIn(email, PASSWORD, `198.51.100.${Math.floor(Math.random() * 200) + 20}`)).toBeNull();
});

async function page(query: string): Promise<{ text: string; userNames: string[] }> {
  const res = await session.fetch(`/o/${slug}/directory/users${query}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  const names = text.match(new RegExp(`[a-z0-9.]+@${domain.replace(/[.-]/g, "\\$&")}`, "g"));
  return { text, userNames: [...new Set(names ?? [])].map((n) => n.split("@")[0]!) };
}

const search = async (q: string) => (await page(`?q=${encodeURIComponent(q)}`)).userNames;

describe("the Directory users page", () => {
  it("pages in userName order with the total", async () => {
    const first = await page("");
    expect(first.text).toContain("1–25 of 65");
    expect(first.userNames.slice(0, 3)).toEqual(["a00", "a01", "a02"]);
    const last = await page("?page=3");
    expect(last.text).toContain("51–65 of 65");
    expect(last.userNames).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `a${50 + i}`),
      "ann.smith",
      "annette.lee",
      "bob.smithers",
      "promo2",
      "promo",
    ]);
  });

  it("finds people by first name, last name, both in either order, and the start of an email", async () => {
    expect(await search("ann")).toEqual(["ann.smith", "annette.lee"]);
    expect(await search("Smith")).toEqual(["ann.smith", "bob.smithers"]);
    expect(await search("ann smi")).toEqual(["ann.smith"]);
    expect(await search("smith ann")).toEqual(["ann.smith"]);
    expect(await search("Smith, Ann")).toEqual(["ann.smith"]);
    expect(await search("annette.l")).toEqual(["annette.lee"]);
    expect(await search("lee@")).toEqual(["annette.lee"]);
    expect(await search("mith")).toEqual([]);
  });

  it("searches names and every email, case-insensitively, with % and _ taken literally", async () => {
    const needles = await page("?q=NEEDLE");
    expect(needles.text).toContain("1–3 of 3");
    expect(needles.userNames).toEqual(["a03", "a23", "a43"]);
    expect(await search("zebra@else")).toEqual(["a07"]);
    expect(await search("@elsewhere")).toEqual(["a07"]);
    expect((await page("?q=a_0")).text).toContain("0 results");
    expect((await page("?q=%25")).text).toContain("0 results");
    expect(await search("50%_")).toEqual(["promo"]);
    expect(await search("50%")).toEqual(["promo"]);
    expect(await search("50x")).toEqual(["promo2"]);
  });

  it("finds a renamed user by the new name only, and a deleted user no more", async () => {
    const options = { baseUrl: "http://localhost", source: "benchmark" };
    await patchUser(
      orgId,
      ids.get("a13")!,
      {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        Operations: [{ op: "replace", path: "displayName", value: "Quill Renamed" }],
      },
      options,
    );
    expect(await search("quill")).toEqual(["a13"]);
    expect(await search("person 13")).toEqual([]);
    await replaceUser(
      orgId,
      ids.get("a14")!,
      user(`a14@${domain}`, { name: { givenName: "Quentin", familyName: "Vale" } }),
      options,
    );
    expect(await search("qu")).toEqual(["a13", "a14"]);
    expect(await search("person 14")).toEqual([]);
    await deleteResource("User", orgId, ids.get("a23")!);
    expect(await search("needle")).toEqual(["a03", "a43"]);
    expect(await search("quill")).toEqual(["a13"]);
  });

  it("filters by status and by source", async () => {
    const inactive = await page("?status=inactive");
    expect(inactive.userNames).toEqual(["a45"]);
    const other = await page("?source=scim-other&status=active");
    expect(other.text).toContain("1–10 of 10");
    const searchedOther = await page("?source=scim-other&q=needle");
    expect(searchedOther.userNames).toEqual([]);
    expect((await page("?status=active&q=person 4")).userNames).toEqual([
      "a04",
      "a40",
      "a41",
      "a42",
      "a44",
      "a46",
      "a47",
      "a48",
      "a49",
    ]);
  });
});
