import { describe, expect, it } from "vitest";
import { ENT, FILTERS } from "@/tests/fixtures/entra-payloads";
import { ScimError } from "@/lib/scim/errors";
import { parseFilter } from "@/lib/scim/filter-parser";
import { groupFilterToWhere, userFilterToWhere } from "./filter-to-where";

const ORG = "org_1";
const user = (filter: string) => userFilterToWhere(ORG, parseFilter(filter));
const group = (filter: string) => groupFilterToWhere(ORG, parseFilter(filter));
const scoped = (where: unknown) => ({ AND: [{ orgId: ORG }, where] });
const NONE = { id: { in: [] } };

describe("userFilterToWhere: Entra's matching queries", () => {
  it.each([
    ["E1 random GUID", FILTERS.E1, { userNameLower: "7b3e1c1a-0f7c-4d9a-9d0e-2c1f5a1b9e42" }],
    [
      "E3 userName is case-insensitive",
      FILTERS.E3,
      { userNameLower: "test_user_00aa00aa-bb11-cc22-dd33-44ee44ee44ee" },
    ],
    ["E3b unquoted externalId, case-insensitive", "externalId eq JYoung", { externalIdLower: "jyoung" }],
    [
      "E3 work email value path",
      FILTERS.E3_EMAIL,
      { emails: { some: { AND: [{ type: "work" }, { valueLower: "user@contoso.com" }] } } },
    ],
    ["E3b id and manager (manager is not indexed: matches nothing)", FILTERS.E3B_MANAGER, NONE],
    ["attribute names are case-insensitive", 'USERNAME Eq "Bob@X.com"', { userNameLower: "bob@x.com" }],
    ["DisplayName", 'DisplayName eq "Joy Young"', { displayNameLower: "joy young" }],
    ["name.FamilyName (case-sensitive column)", 'name.FamilyName eq "Young"', { familyName: "Young" }],
    ["id is exact", "id eq 54D382A4-2050-4C03-94D1-E769F1D15682", { id: "54D382A4-2050-4C03-94D1-E769F1D15682" }],
  ])("%s", (_name, filter, expected) => {
    expect(user(filter)).toEqual(scoped(expected));
  });

  it("E1 as received on the wire (URL-encoded, + for spaces) decodes to the same query", () => {
    const decoded = new URLSearchParams(`filter=${FILTERS.E1_WIRE}`).get("filter") as string;
    expect(user(decoded)).toEqual(scoped({ userNameLower: "dale.mohr@romaguera.uk" }));
  });

  it("no filter is just the organization", () => {
    expect(userFilterToWhere(ORG, undefined)).toEqual({ orgId: ORG });
  });
});

describe("userFilterToWhere: operators and columns", () => {
  it.each([
    ["co on a case-insensitive attribute", 'userName co "ALICE"', { userNameLower: { contains: "alice" } }],
    ["sw", 'userName sw "a"', { userNameLower: { startsWith: "a" } }],
    ["ew", 'userName ew "@Contoso.com"', { userNameLower: { endsWith: "@contoso.com" } }],
    ["co on a case-sensitive attribute keeps the case", 'title co "Vice"', { title: { contains: "Vice" } }],
    ["gt on a string", 'userName gt "m"', { userNameLower: { gt: "m" } }],
    ["le on a string", 'nickName le "m"', { nickName: { lte: "m" } }],
    ["ne on a non-null column", 'userName ne "a"', { userNameLower: { not: "a" } }],
    [
      "ne on a nullable column also matches unassigned",
      'title ne "CEO"',
      { OR: [{ title: { not: "CEO" } }, { title: null }] },
    ],
    ["pr on a nullable column", "title pr", { AND: [{ title: { not: null } }, { title: { not: "" } }] }],
    ["pr on a non-null column", "userName pr", { userNameLower: { not: "" } }],
    ["eq null is 'not present'", "title eq null", { OR: [{ title: null }, { title: "" }] }],
    [
      "ne null is 'present'",
      "externalId ne null",
      { AND: [{ externalIdLower: { not: null } }, { externalIdLower: { not: "" } }] },
    ],
    ["active eq true", "active eq true", { active: true }],
    ['active eq "True" (string boolean)', 'active eq "True"', { active: true }],
    ["active ne true", "active ne true", { active: false }],
    ["active pr matches everything", "active pr", undefined],
    ["number compared with a string column uses the text", "externalId eq 10042", { externalIdLower: "10042" }],
    ["enterprise attribute by URN", `${ENT}:department eq "Sales"`, { department: "Sales" }],
    ["enterprise attribute by bare name", 'employeeNumber eq "10042"', { employeeNumber: "10042" }],
    ["enterprise URN in another case", `${ENT.toUpperCase()}:CostCenter eq "CC-200"`, { costCenter: "CC-200" }],
    ["division sw", 'division sw "EM"', { division: { startsWith: "EM" } }],
    [
      "meta.created gt",
      'meta.created gt "2011-05-13T04:42:34Z"',
      { createdAt: { gt: new Date("2011-05-13T04:42:34Z") } },
    ],
    [
      "meta.lastModified ge",
      'meta.lastModified ge "2024-01-01T00:00:00Z"',
      { updatedAt: { gte: new Date("2024-01-01T00:00:00Z") } },
    ],
    ["meta.lastModified le", 'meta.LastModified le "2024-01-01"', { updatedAt: { lte: new Date("2024-01-01") } }],
    ["meta.resourceType is constant", 'meta.resourceType eq "User"', undefined],
    ["meta.resourceType mismatch", 'meta.resourceType eq "Group"', NONE],
    [
      "emails (no sub) means emails.value",
      'emails co "@contoso"',
      { emails: { some: { valueLower: { contains: "@contoso" } } } },
    ],
    ["emails.value", 'emails.value eq "A@B.com"', { emails: { some: { valueLower: "a@b.com" } } }],
    ["emails.type", 'emails.type eq "work"', { emails: { some: { type: "work" } } }],
    ["emails.primary", "emails.primary eq true", { emails: { some: { primary: true } } }],
    [
      "emails.value ne is 'no email equals'",
      'emails.value ne "a@b.com"',
      { emails: { none: { valueLower: "a@b.com" } } },
    ],
    ["emails pr", "emails pr", { emails: { some: { valueLower: { not: "" } } } }],
    ["emails[primary eq true]", "emails[primary eq true]", { emails: { some: { primary: true } } }],
    ["groups.value", 'groups.value eq "g1"', { memberships: { some: { groupId: "g1" } } }],
    ["known but unindexed attribute is unassigned", 'addresses.country eq "Taiwan"', NONE],
    ["known but unindexed value path", 'addresses[type eq "work"]', NONE],
    ["unindexed attribute with ne matches everything", 'name.formatted ne "x"', undefined],
    ["unindexed attribute pr matches nothing", "phoneNumbers pr", NONE],
  ])("%s", (_name, filter, expected) => {
    expect(user(filter)).toEqual(expected === undefined ? { orgId: ORG } : scoped(expected));
  });
});

describe("userFilterToWhere: logic", () => {
  it.each([
    ["and", 'userName eq "a" and active eq true', { AND: [{ userNameLower: "a" }, { active: true }] }],
    ["or", 'userName eq "a" or userName eq "b"', { OR: [{ userNameLower: "a" }, { userNameLower: "b" }] }],
    [
      "precedence",
      'title eq "x" or userName eq "a" and active eq false',
      { OR: [{ title: "x" }, { AND: [{ userNameLower: "a" }, { active: false }] }] },
    ],
    ["not eq → null-safe ne", 'not (title eq "x")', { OR: [{ title: { not: "x" } }, { title: null }] }],
    [
      "not pushes through and (De Morgan)",
      'not (userName eq "a" and title co "b")',
      { OR: [{ userNameLower: { not: "a" } }, { OR: [{ title: { not: { contains: "b" } } }, { title: null }] }] },
    ],
    ["double not", 'not (not (userName eq "a"))', { userNameLower: "a" }],
    [
      "not gt → lte (plus unassigned)",
      'not (nickName gt "m")',
      { OR: [{ nickName: { lte: "m" } }, { nickName: null }] },
    ],
    ["not on a relation → none", 'not (emails[type eq "work"])', { emails: { none: { type: "work" } } }],
    [
      "not inside a value path",
      'emails[not (type eq "work")]',
      { emails: { some: { OR: [{ type: { not: "work" } }, { type: null }] } } },
    ],
    ["or with an unindexed branch drops it", 'userName eq "a" or addresses.country eq "x"', { userNameLower: "a" }],
    ["and with an unindexed branch matches nothing", 'userName eq "a" and addresses.country eq "x"', NONE],
    ["not of an unindexed comparison matches all", 'not (addresses.country eq "x")', undefined],
    [
      "date not lt",
      'not (meta.created lt "2020-01-01T00:00:00Z")',
      { createdAt: { gte: new Date("2020-01-01T00:00:00Z") } },
    ],
  ])("%s", (_name, filter, expected) => {
    expect(user(filter)).toEqual(expected === undefined ? { orgId: ORG } : scoped(expected));
  });
});

describe("groupFilterToWhere", () => {
  it.each([
    ["E16 displayName (case-insensitive)", 'displayName eq "Sales Team"', { displayNameLower: "sales team" }],
    ["externalId", 'externalId eq "8AA1"', { externalIdLower: "8aa1" }],
    ["members[value eq]", 'members[value eq "u1"]', { members: { some: { userId: "u1" } } }],
    ["members.value", 'members.value eq "u1"', { members: { some: { userId: "u1" } } }],
    ["members eq (value implied)", 'members eq "u1"', { members: { some: { userId: "u1" } } }],
    ["members pr", "members pr", { members: { some: { userId: { not: "" } } } }],
    ["not members", 'not (members[value eq "u1"])', { members: { none: { userId: "u1" } } }],
    ["members.display is not stored: unassigned", 'members.display eq "x"', { id: { in: [] } }],
    [
      "meta.lastModified gt",
      'meta.lastModified gt "2024-05-01T10:00:00.000Z"',
      { updatedAt: { gt: new Date("2024-05-01T10:00:00.000Z") } },
    ],
    ["id", 'id eq "g1"', { id: "g1" }],
  ])("%s", (_name, filter, expected) => {
    expect(group(filter)).toEqual(scoped(expected));
  });
});

describe("filter translation errors are 400 invalidFilter", () => {
  it.each([
    ["unknown attribute", () => user('fooBar eq "x"'), /Unknown attribute "fooBar"/],
    ["unknown sub-attribute", () => user('name.nope eq "x"'), /Unknown attribute "name.nope"/],
    ["unknown extension URN", () => user('urn:example:ext:1.0:User:foo eq "x"'), /Unknown attribute/],
    [
      "user attribute on groups",
      () => group('userName eq "x"'),
      /Unknown attribute "userName" for resource type Group/,
    ],
    ["gt on boolean", () => user("active gt true"), /Operator "gt" cannot be used with the boolean attribute "active"/],
    ["co on boolean", () => user('active co "t"'), /boolean/],
    ["boolean value not a boolean", () => user('active eq "yes"'), /"yes" is not true or false/],
    ["co on a date", () => user('meta.created co "2020"'), /dateTime attribute "meta.created"/],
    [
      "unparseable date",
      () => user('meta.lastModified gt "yesterday"'),
      /expects an ISO 8601 dateTime, got "yesterday"/,
    ],
    ["year zero", () => user('meta.created gt "0000-01-01T00:00:00Z"'), /from year 0001 on/],
    ["gt null", () => user("title gt null"), /cannot be used with null/],
    [
      "value path on a single-valued attribute",
      () => user('userName[value eq "x"]'),
      /not a multi-valued complex attribute/,
    ],
    [
      "unknown attribute inside a value path",
      () => user('emails[foo eq "x"]'),
      /"foo" is not a sub-attribute of emails/,
    ],
  ])("%s", (_name, run, detail) => {
    try {
      run();
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ScimError);
      expect((error as ScimError).status).toBe(400);
      expect((error as ScimError).scimType).toBe("invalidFilter");
      expect((error as ScimError).detail).toMatch(detail);
    }
  });
});
