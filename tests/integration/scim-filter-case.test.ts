// Filters and sorting follow each attribute's caseExact (RFC 7643 §7, RFC 7644 §3.4.2.2) on SQLite and PostgreSQL alike:
// caseExact:false attributes compare case-insensitively for every operator, caseExact:true ones (id, members.value) exactly.
import { beforeAll, describe, expect, it } from "vitest";
import { createGroup, ENT, type Json, type ScimOrg } from "./support/scim";
import { createPeople, filteredLocals } from "./support/scim-people";

let org: ScimOrg;
let byName: Record<string, Json>;
const groups: Record<string, Json> = {};

const people = [
  { local: "smith", familyName: "Smith", title: "Vice President", nickName: "Annie", emailType: "work", dept: "Sales" },
  { local: "adams", familyName: "adams", title: "100% Remote", nickName: "Al_X", emailType: "Work", dept: "SALES" },
  { local: "brown", familyName: "brown", title: "Engineer", nickName: "Bo", emailType: "home", dept: "Engineering" },
  { local: "clark", familyName: "Clark", title: "engineer", nickName: "Cl", emailType: "other", dept: "eng" },
];

beforeAll(async () => {
  ({ org, byName } = await createPeople(people, (p, _userName, { domain }) => ({
    title: p.title,
    nickName: p.nickName,
    name: { givenName: p.local.toUpperCase(), familyName: p.familyName },
    emails: [{ type: p.emailType, value: `${p.local.toUpperCase()}.Mail@${domain.toUpperCase()}`, primary: true }],
    [ENT]: { department: p.dept, employeeNumber: `Emp-${p.local}`, costCenter: "CC-Main", division: "North" },
  })));
  groups.sales = await createGroup(org.client, "Sales Team", {
    externalId: "GRP-Sales",
    members: [{ value: byName.smith.id }],
  });
  groups.eng = await createGroup(org.client, "engineering", { members: [{ value: byName.brown.id }] });
});

const users = (filter: string) => filteredLocals(org, filter);

async function groupNames(filter: string): Promise<string[]> {
  const res = await org.client.filter("Groups", filter);
  expect(res.status, `${filter}: ${res.text}`).toBe(200);
  return (res.body.Resources as Json[]).map((g) => g.displayName).sort();
}

describe("caseExact:false attributes compare case-insensitively", () => {
  it("eq and ne on a sub-attribute: name.familyName", async () => {
    expect(await users('name.familyName eq "SMITH"')).toEqual(["smith"]);
    expect(await users('name.familyName eq "ADAMS"')).toEqual(["adams"]);
    expect(await users('name.familyName ne "sMITH"')).toEqual(["adams", "brown", "clark"]);
    expect(await users('not (name.givenName eq "smith")')).toEqual(["adams", "brown", "clark"]);
  });

  it("co, sw and ew in mixed case", async () => {
    expect(await users('name.familyName co "MIT"')).toEqual(["smith"]);
    expect(await users('title sw "vice"')).toEqual(["smith"]);
    expect(await users('title ew "PRESIDENT"')).toEqual(["smith"]);
    expect(await users('title eq "ENGINEER"')).toEqual(["brown", "clark"]);
    expect(await users('nickName co "NNI"')).toEqual(["smith"]);
    expect(await users('emails.value sw "Smith.MAIL@"')).toEqual(["smith"]);
  });

  it("gt, ge, lt and le order strings without regard to case", async () => {
    expect(await users('name.familyName lt "C"')).toEqual(["adams", "brown"]);
    expect(await users('name.familyName ge "b"')).toEqual(["brown", "clark", "smith"]);
    expect(await users('name.familyName gt "CLARK"')).toEqual(["smith"]);
    expect(await users('name.familyName le "Brown"')).toEqual(["adams", "brown"]);
  });

  it('multi-valued sub-attributes: emails[type eq "WORK"]', async () => {
    expect(await users('emails[type eq "WORK"]')).toEqual(["adams", "smith"]);
    expect(await users(`emails[type eq "work"].value eq "smith.mail@${org.domain}"`)).toEqual(["smith"]);
    expect(await users('emails.type sw "HO"')).toEqual(["brown"]);
  });

  it("enterprise extension attributes", async () => {
    expect(await users(`${ENT}:department eq "sales"`)).toEqual(["adams", "smith"]);
    expect(await users('department sw "ENG"')).toEqual(["brown", "clark"]);
    expect(await users('employeeNumber eq "EMP-SMITH"')).toEqual(["smith"]);
    expect(await users(`${ENT}:costCenter ew "main"`)).toEqual(["adams", "brown", "clark", "smith"]);
    expect(await users('division eq "NORTH" and department co "ALE"')).toEqual(["adams", "smith"]);
  });

  it("groups: displayName and externalId", async () => {
    expect(await groupNames('displayName eq "SALES team"')).toEqual(["Sales Team"]);
    expect(await groupNames('displayName sw "ENGINEER"')).toEqual(["engineering"]);
    expect(await groupNames('displayName co "TEAM"')).toEqual(["Sales Team"]);
    expect(await groupNames('externalId eq "grp-sales"')).toEqual(["Sales Team"]);
  });

  it("sortBy follows caseExact too", async () => {
    const res = await org.client.get("/Users?sortBy=name.familyName");
    expect(res.body.Resources.map((u: Json) => u.name.familyName)).toEqual(["adams", "brown", "Clark", "Smith"]);
  });
});

describe("caseExact:true attributes compare exactly", () => {
  it("id does not match in another case, for any operator", async () => {
    const id = byName.smith.id as string;
    expect(await users(`id eq "${id}"`)).toEqual(["smith"]);
    expect(await users(`id eq "${id.toUpperCase()}"`)).toEqual([]);
    expect(await users(`id sw "${id.slice(0, 6).toUpperCase()}"`)).toEqual([]);
    expect(await users(`id co "${id.slice(1, -1).toUpperCase()}"`)).toEqual([]);
    expect(await users(`id ew "${id.slice(1).toUpperCase()}"`)).toEqual([]);
    expect(await users(`id sw "${id.slice(0, 6)}"`)).toContain("smith");
  });

  it("members.value does not match in another case", async () => {
    const id = byName.smith.id as string;
    expect(await groupNames(`members[value eq "${id}"]`)).toEqual(["Sales Team"]);
    expect(await groupNames(`members[value eq "${id.toUpperCase()}"]`)).toEqual([]);
    expect(await groupNames(`members.value sw "${id.slice(0, 8).toUpperCase()}"`)).toEqual([]);
  });
});

describe("LIKE wildcards in a value are literal", () => {
  it("% and _ match only themselves", async () => {
    expect(await users('title co "0%"')).toEqual(["adams"]);
    expect(await users('title co "%"')).toEqual(["adams"]);
    expect(await users('nickName co "_"')).toEqual(["adams"]);
    expect(await users('nickName sw "Al_"')).toEqual(["adams"]);
    expect(await users('title sw "_"')).toEqual([]);
  });
});
