// Filters (the full RFC 7644 grammar), paging, sorting and attribute selection over real HTTP (entra-scim.md E3, E22).
import { beforeAll, describe, expect, it } from "vitest";
import { ENT, ERROR_SCHEMA, USER_SCHEMA, type Json, type ScimOrg } from "./support/scim";
import { createPeople, filteredLocals } from "./support/scim-people";

let org: ScimOrg;
let byName: Record<string, Json>;

const people = [
  {
    local: "amy",
    displayName: "Amy Adams",
    title: "Engineer",
    externalId: "EXT-1",
    givenName: "Amy",
    familyName: "Adams",
    department: "Sales",
    active: true,
  },
  {
    local: "bob",
    displayName: "Bob Brown",
    title: "Manager",
    externalId: "EXT-2",
    givenName: "Bob",
    familyName: "Brown",
    department: "Sales",
    active: false,
  },
  {
    local: "carol",
    displayName: "Carol Clark",
    externalId: "EXT-3",
    givenName: "Carol",
    familyName: "Clark",
    department: "Eng",
    active: true,
  },
  { local: "dave", displayName: "dave davis", givenName: "Dave", familyName: "Davis", active: true },
  { local: "eve", displayName: "Eve Evans", nickName: "E", givenName: "Eve", familyName: "Evans", active: true },
];

beforeAll(async () => {
  ({ org, byName } = await createPeople(
    people,
    (p, userName) => ({
      displayName: p.displayName,
      title: p.title,
      nickName: p.nickName,
      externalId: p.externalId,
      active: p.active,
      name: { givenName: p.givenName, familyName: p.familyName },
      emails: [
        { type: "work", value: userName, primary: true },
        { type: "home", value: `${p.local}@home.example` },
      ],
      ...(p.department ? { [ENT]: { department: p.department } } : {}),
    }),
    { spacingMs: 15 },
  ));
});

const locals = (filter: string, extra = "") => filteredLocals(org, filter, extra);

describe("filter grammar", () => {
  it("and, or, not and parentheses with their precedence", async () => {
    expect(await locals('(title eq "Engineer" or title eq "Manager") and active eq true')).toEqual(["amy"]);
    expect(await locals('title eq "Engineer" or title eq "Manager" and active eq true')).toEqual(["amy"]);
    expect(await locals('not (active eq true) or displayName eq "Eve Evans"')).toEqual(["bob", "eve"]);
    expect(await locals("not (title pr)")).toEqual(["carol", "dave", "eve"]);
  });

  it("co, sw, ew, pr, ne and the ordering operators", async () => {
    expect(await locals('userName sw "AM"')).toEqual(["amy"]);
    expect(await locals('displayName co "ro"')).toEqual(["bob", "carol"]);
    expect(await locals(`userName ew "@${org.domain}"`)).toEqual(["amy", "bob", "carol", "dave", "eve"]);
    expect(await locals("title pr")).toEqual(["amy", "bob"]);
    expect(await locals('title ne "Engineer"')).toEqual(["bob", "carol", "dave", "eve"]);
    expect(await locals('userName gt "c"')).toEqual(["carol", "dave", "eve"]);
    expect(await locals('userName le "bob"')).toEqual(["amy"]);
    expect(await locals(`userName lt "bob@${org.domain}" or userName ge "eve"`)).toEqual(["amy", "eve"]);
  });

  it("meta.created / meta.lastModified compare as dates", async () => {
    const carolCreated = byName.carol.meta.created as string;
    expect(await locals(`meta.created ge "${carolCreated}"`)).toEqual(["carol", "dave", "eve"]);
    expect(await locals(`meta.lastModified lt "${carolCreated}"`)).toEqual(["amy", "bob"]);
    expect(await locals('meta.lastModified gt "2000-01-01T00:00:00Z"')).toHaveLength(5);
  });

  it("value paths, enterprise URN paths, unquoted values, and names and values in any case", async () => {
    expect(await locals('emails[type eq "work" and value co "AMY"]')).toEqual(["amy"]);
    expect(await locals('emails[type eq "home"].value eq "bob@home.example"')).toEqual(["bob"]);
    expect(await locals(`${ENT}:department eq "Sales"`)).toEqual(["amy", "bob"]);
    expect(await locals("externalId eq ext-3")).toEqual(["carol"]);
    expect(await locals(`USERNAME EQ "DAVE@${org.domain.toUpperCase()}"`)).toEqual(["dave"]);
    expect(await locals('DisplayName eq "DAVE DAVIS" and name.FamilyName eq "Davis"')).toEqual(["dave"]);
    expect(await locals(`id eq "${byName.eve.id}"`)).toEqual(["eve"]);
    expect(await locals("active eq FALSE")).toEqual(["bob"]);
  });

  it("what cannot be parsed or names no attribute is 400 invalidFilter", async () => {
    for (const filter of [
      "userName eq",
      'userName xx "a"',
      '(userName eq "a"',
      'userName eq "a" and',
      'notAnAttribute eq "x"',
      'emails[type eq "work"',
    ]) {
      const res = await org.client.filter("Users", filter);
      expect(res.status, filter).toBe(400);
      expect(res.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "400", scimType: "invalidFilter" });
    }
  });

  it("POST /Users/.search takes the same parameters in a body", async () => {
    const res = await org.client.post("/Users/.search", {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
      filter: "title pr",
      attributes: ["userName"],
      count: 1,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.totalResults).toBe(2);
    expect(res.body.itemsPerPage).toBe(1);
    expect(Object.keys(res.body.Resources[0]).sort()).toEqual(["id", "schemas", "userName"]);
  });
});

describe("paging, sorting and attribute selection (E22)", () => {
  it("startIndex/count: totalResults counts all matches, itemsPerPage the items returned", async () => {
    const page1 = await org.client.get("/Users?startIndex=1&count=2");
    expect(page1.body).toMatchObject({ totalResults: 5, startIndex: 1, itemsPerPage: 2 });
    expect(page1.body.Resources).toHaveLength(2);
    const page3 = await org.client.get("/Users?startIndex=5&count=2");
    expect(page3.body).toMatchObject({ totalResults: 5, startIndex: 5, itemsPerPage: 1 });
    const seen = new Set<string>();
    for (let start = 1; start <= 5; start += 2) {
      for (const u of (await org.client.get(`/Users?startIndex=${start}&count=2`)).body.Resources) seen.add(u.id);
    }
    expect(seen.size).toBe(5);
    const beyond = await org.client.get("/Users?startIndex=50&count=2");
    expect(beyond.body).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    const countOnly = await org.client.get("/Users?count=0");
    expect(countOnly.body).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    expect((await org.client.get("/Users?startIndex=0&count=-3")).body.itemsPerPage).toBe(0);
    expect((await org.client.get("/Users?count=abc")).status).toBe(400);
  });

  it("sortBy/sortOrder order the page in the database", async () => {
    const desc = await org.client.get("/Users?sortBy=userName&sortOrder=descending");
    expect(desc.body.Resources.map((u: Json) => u.userName.split("@")[0])).toEqual([
      "eve",
      "dave",
      "carol",
      "bob",
      "amy",
    ]);
    const byDisplay = await org.client.get("/Users?sortBy=displayName&count=2");
    expect(byDisplay.body.Resources.map((u: Json) => u.displayName)).toEqual(["Amy Adams", "Bob Brown"]);
    const paged = await org.client.get("/Users?sortBy=name.familyName&sortOrder=descending&startIndex=2&count=2");
    expect(paged.body.Resources.map((u: Json) => u.name.familyName)).toEqual(["Davis", "Clark"]);
    const bad = await org.client.get("/Users?sortBy=noSuchAttribute");
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe("invalidValue");
  });

  it("attributes and excludedAttributes shape each resource; id and schemas always stay", async () => {
    const only = await org.client.filter(
      "Users",
      `userName eq "amy@${org.domain}"`,
      "attributes=userName,emails.value",
    );
    expect(only.body.Resources[0]).toEqual({
      schemas: [USER_SCHEMA, ENT],
      id: byName.amy.id,
      userName: `amy@${org.domain}`,
      emails: [{ value: `amy@${org.domain}` }, { value: "amy@home.example" }],
    });
    const without = await org.client.get(`/Users/${byName.amy.id}?excludedAttributes=emails,name,${ENT}`);
    expect(without.body.emails).toBeUndefined();
    expect(without.body.name).toBeUndefined();
    expect(without.body[ENT]).toBeUndefined();
    expect(without.body.userName).toBe(`amy@${org.domain}`);
    const ent = await org.client.get(`/Users/${byName.amy.id}?attributes=${ENT}:department`);
    expect(ent.body[ENT]).toEqual({ department: "Sales" });
  });
});
