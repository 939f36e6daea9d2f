import { describe, expect, it } from "vitest";
import { ENT, FILTERS } from "@/tests/fixtures/entra-payloads";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { ScimError } from "@/lib/scim/errors";
import { parseFilter } from "@/lib/scim/filter-parser";
import { filterToWhere } from "./filter-to-where";

const ORG = "org_1";
const ALIAS: Record<string, string> = { OrgUser: "u", OrgUserEmail: "e", OrgGroup: "g", OrgGroupMember: "m" };
const ALL = "(all)";
const NONE = "(none)";

/** The condition after the organization scope, with tables shortened to u/e/g/m: `u.userNameLower = ?`. */
function translated(type: "User" | "Group", filter: string, provider: DatabaseProvider) {
  const { text, params } = filterToWhere(type, ORG, parseFilter(filter), provider);
  const scope = `"${type === "User" ? "OrgUser" : "OrgGroup"}"."orgId" = ?`;
  expect(text.startsWith(scope)).toBe(true);
  expect(params[0]).toBe(ORG);
  const rest = text.slice(scope.length);
  const short = (sql: string) =>
    sql.replace(/"(Org\w+)"(\.)?/g, (_m, table: string, dot?: string) => ALIAS[table] + (dot ?? ""));
  if (rest === "") return { sql: ALL, params: [] };
  if (rest === " AND 1 = 0") return { sql: NONE, params: [] };
  expect(rest.startsWith(" AND (") && rest.endsWith(")")).toBe(true);
  return {
    sql: short(rest.slice(6, -1))
      .replace(/\.(?=")/g, ".")
      .replace(/"(\w+)"/g, "$1"),
    params: params.slice(1),
  };
}
const user = (filter: string, provider: DatabaseProvider = "sqlite") => translated("User", filter, provider);
const group = (filter: string, provider: DatabaseProvider = "sqlite") => translated("Group", filter, provider);

type Row = [name: string, filter: string, sql: string, params?: unknown[]];

describe("filterToWhere: Entra's matching queries", () => {
  it.each<Row>([
    ["E1 random GUID", FILTERS.E1, "u.userNameLower = ?", ["7b3e1c1a-0f7c-4d9a-9d0e-2c1f5a1b9e42"]],
    [
      "E3 userName is case-insensitive",
      FILTERS.E3,
      "u.userNameLower = ?",
      ["test_user_00aa00aa-bb11-cc22-dd33-44ee44ee44ee"],
    ],
    ["E3b unquoted externalId, case-insensitive", "externalId eq JYoung", "u.externalIdLower = ?", ["jyoung"]],
    [
      "E3 work email value path",
      FILTERS.E3_EMAIL,
      "u.id IN (SELECT e.userId FROM e WHERE (lower(e.type) = lower(?)) AND (e.valueLower = ?))",
      ["work", "user@contoso.com"],
    ],
    ["E3b id and manager (manager is not indexed: matches nothing)", FILTERS.E3B_MANAGER, NONE],
    ["attribute names are case-insensitive", 'USERNAME Eq "Bob@X.com"', "u.userNameLower = ?", ["bob@x.com"]],
    ["DisplayName", 'DisplayName eq "Joy Young"', "u.displayNameLower = ?", ["joy young"]],
    ["id is caseExact: compared as written", "id eq 54D382A4-2050", "u.id = ?", ["54D382A4-2050"]],
  ])("%s", (_name, filter, sql, params = []) => {
    expect(user(filter)).toEqual({ sql, params });
  });

  it("E1 as received on the wire (URL-encoded, + for spaces) decodes to the same query", () => {
    const decoded = new URLSearchParams(`filter=${FILTERS.E1_WIRE}`).get("filter") as string;
    expect(user(decoded)).toEqual({ sql: "u.userNameLower = ?", params: ["dale.mohr@romaguera.uk"] });
  });

  it("no filter is just the organization", () => {
    expect(filterToWhere("User", ORG, undefined, "sqlite")).toEqual({ text: '"OrgUser"."orgId" = ?', params: [ORG] });
  });
});

describe("filterToWhere: caseExact:false attributes compare case-insensitively for every operator", () => {
  it.each<Row>([
    ["eq on a sub-attribute", 'name.familyName eq "SMITH"', "lower(u.familyName) = lower(?)", ["SMITH"]],
    ["ne", 'name.givenName ne "Ann"', "u.givenName IS NULL OR NOT (lower(u.givenName) = lower(?))", ["Ann"]],
    ["co on a *Lower column", 'userName co "ALICE"', "u.userNameLower LIKE ? ESCAPE '\\'", ["%alice%"]],
    ["sw on a *Lower column", 'userName sw "A"', "u.userNameLower LIKE ? ESCAPE '\\'", ["a%"]],
    ["ew on a *Lower column", 'userName ew "@Contoso.com"', "u.userNameLower LIKE ? ESCAPE '\\'", ["%@contoso.com"]],
    ["co on a column as written", 'title co "Vice"', "lower(u.title) LIKE lower(?) ESCAPE '\\'", ["%Vice%"]],
    ["sw", 'nickName sw "Al"', "lower(u.nickName) LIKE lower(?) ESCAPE '\\'", ["Al%"]],
    ["ew", 'title ew "DENT"', "lower(u.title) LIKE lower(?) ESCAPE '\\'", ["%DENT"]],
    [
      "LIKE wildcards are escaped",
      'title co "50%_off\\\\"',
      "lower(u.title) LIKE lower(?) ESCAPE '\\'",
      ["%50\\%\\_off\\\\%"],
    ],
    ["gt on a *Lower column", 'userName gt "M"', "u.userNameLower > ?", ["m"]],
    ["ge", 'name.familyName ge "b"', "lower(u.familyName) >= lower(?)", ["b"]],
    ["lt", 'nickName lt "M"', "lower(u.nickName) < lower(?)", ["M"]],
    ["le", 'title le "m"', "lower(u.title) <= lower(?)", ["m"]],
    ["enterprise attribute by URN", `${ENT}:department eq "sales"`, "lower(u.department) = lower(?)", ["sales"]],
    ["enterprise attribute by bare name", 'employeeNumber eq "E1"', "lower(u.employeeNumber) = lower(?)", ["E1"]],
    [
      "enterprise URN in another case",
      `${ENT.toUpperCase()}:CostCenter sw "cc"`,
      "lower(u.costCenter) LIKE lower(?) ESCAPE '\\'",
      ["cc%"],
    ],
    ["division", 'division gt "M"', "lower(u.division) > lower(?)", ["M"]],
    ["number compared with a string column uses the text", "externalId eq 10042", "u.externalIdLower = ?", ["10042"]],
    [
      'multi-valued sub-attribute: emails[type eq "WORK"]',
      'emails[type eq "WORK"]',
      "u.id IN (SELECT e.userId FROM e WHERE lower(e.type) = lower(?))",
      ["WORK"],
    ],
    [
      "emails (no sub) means emails.value",
      'emails co "@Contoso"',
      "u.id IN (SELECT e.userId FROM e WHERE e.valueLower LIKE ? ESCAPE '\\')",
      ["%@contoso%"],
    ],
    [
      "emails.display",
      'emails.display sw "W"',
      "u.id IN (SELECT e.userId FROM e WHERE lower(e.display) LIKE lower(?) ESCAPE '\\')",
      ["W%"],
    ],
    [
      "emails.value ne is 'no email equals'",
      'emails.value ne "A@B.com"',
      "u.id NOT IN (SELECT e.userId FROM e WHERE e.valueLower = ?)",
      ["a@b.com"],
    ],
    [
      "groups.value (caseExact:false in RFC 7643)",
      'groups.value eq "G1"',
      "u.id IN (SELECT m.userId FROM m WHERE lower(m.groupId) = lower(?))",
      ["G1"],
    ],
  ])("%s", (_name, filter, sql, params = []) => {
    expect(user(filter)).toEqual({ sql, params });
    // The same text on PostgreSQL: lower() on both sides, LIKE is case-sensitive there.
    expect(user(filter, "postgresql")).toEqual({ sql, params });
  });
});

describe("filterToWhere: caseExact:true attributes compare exactly", () => {
  it.each<[string, string, string, string, unknown[]]>([
    ["id eq", 'id eq "CkAb"', "u.id = ?", "u.id = ?", ["CkAb"]],
    ["id ne", 'id ne "CkAb"', "NOT (u.id = ?)", "NOT (u.id = ?)", ["CkAb"]],
    ["id gt", 'id gt "Ck"', "u.id > ?", "u.id > ?", ["Ck"]],
    [
      "id sw: GLOB on SQLite (its LIKE ignores case)",
      'id sw "Ck"',
      "u.id GLOB ?",
      "u.id LIKE ? ESCAPE '\\'",
      ["Ck*", "Ck%"],
    ],
    ["id co", 'id co "kA"', "u.id GLOB ?", "u.id LIKE ? ESCAPE '\\'", ["*kA*", "%kA%"]],
    ["id ew", 'id ew "Ab"', "u.id GLOB ?", "u.id LIKE ? ESCAPE '\\'", ["*Ab", "%Ab"]],
    [
      "GLOB and LIKE characters are literal",
      'id sw "a*?[%_"',
      "u.id GLOB ?",
      "u.id LIKE ? ESCAPE '\\'",
      ["a[*][?][[]%_*", "a*?[\\%\\_%"],
    ],
  ])("%s", (_name, filter, sqlite, postgres, params) => {
    const [sqliteParams, pgParams] = params.length === 2 ? params : [params[0], params[0]];
    expect(user(filter, "sqlite")).toEqual({ sql: sqlite, params: [sqliteParams] });
    expect(user(filter, "postgresql")).toEqual({ sql: postgres, params: [pgParams] });
  });

  it("meta.resourceType is a constant compared exactly", () => {
    expect(user('meta.resourceType eq "User"').sql).toBe(ALL);
    expect(user('meta.resourceType eq "user"').sql).toBe(NONE);
    expect(user('meta.resourceType ne "user"').sql).toBe(ALL);
  });
});

describe("filterToWhere: presence, booleans, dates", () => {
  it.each<Row>([
    ["pr on a nullable column", "title pr", "u.title IS NOT NULL AND u.title <> ''"],
    ["pr on a non-null column", "userName pr", "u.userNameLower <> ''"],
    ["eq null is 'not present'", "title eq null", "u.title IS NULL OR u.title = ''"],
    ["ne null is 'present'", "externalId ne null", "u.externalIdLower IS NOT NULL AND u.externalIdLower <> ''"],
    ["active eq true", "active eq true", "u.active = ?", [true]],
    ['active eq "True" (string boolean)', 'active eq "True"', "u.active = ?", [true]],
    ["active ne true", "active ne true", "u.active = ?", [false]],
    ["active pr matches everything", "active pr", ALL],
    [
      "meta.created gt",
      'meta.created gt "2011-05-13T04:42:34Z"',
      "u.createdAt > ?",
      [new Date("2011-05-13T04:42:34Z")],
    ],
    ["meta.lastModified le", 'meta.LastModified le "2024-01-01"', "u.updatedAt <= ?", [new Date("2024-01-01")]],
    [
      "date not lt",
      'not (meta.created lt "2020-01-01T00:00:00Z")',
      "NOT (u.createdAt < ?)",
      [new Date("2020-01-01T00:00:00Z")],
    ],
    ["emails.primary", "emails.primary eq true", "u.id IN (SELECT e.userId FROM e WHERE e.primary = ?)", [true]],
    ["emails pr", "emails pr", "u.id IN (SELECT e.userId FROM e WHERE e.valueLower <> '')"],
    ["known but unindexed attribute is unassigned", 'addresses.country eq "Taiwan"', NONE],
    ["known but unindexed value path", 'addresses[type eq "work"]', NONE],
    ["unindexed attribute with ne matches everything", 'name.formatted ne "x"', ALL],
    ["unindexed attribute pr matches nothing", "phoneNumbers pr", NONE],
    ["manager.value is kept in the JSON blob: unassigned", `${ENT}:manager.value eq "x"`, NONE],
  ])("%s", (_name, filter, sql, params = []) => {
    expect(user(filter)).toEqual({ sql, params });
  });
});

describe("filterToWhere: logic", () => {
  it.each<Row>([
    ["and", 'userName eq "a" and active eq true', "(u.userNameLower = ?) AND (u.active = ?)", ["a", true]],
    ["or", 'userName eq "a" or userName eq "B"', "(u.userNameLower = ?) OR (u.userNameLower = ?)", ["a", "b"]],
    [
      "precedence",
      'title eq "x" or userName eq "a" and active eq false',
      "(lower(u.title) = lower(?)) OR ((u.userNameLower = ?) AND (u.active = ?))",
      ["x", "a", false],
    ],
    ["not eq → null-safe ne", 'not (title eq "x")', "u.title IS NULL OR NOT (lower(u.title) = lower(?))", ["x"]],
    [
      "not pushes through and (De Morgan)",
      'not (userName eq "a" and title co "b")',
      "(NOT (u.userNameLower = ?)) OR (u.title IS NULL OR NOT (lower(u.title) LIKE lower(?) ESCAPE '\\'))",
      ["a", "%b%"],
    ],
    ["double not", 'not (not (userName eq "a"))', "u.userNameLower = ?", ["a"]],
    [
      "not on a relation → NOT IN",
      'not (emails[type eq "work"])',
      "u.id NOT IN (SELECT e.userId FROM e WHERE lower(e.type) = lower(?))",
      ["work"],
    ],
    [
      "not inside a value path",
      'emails[not (type eq "work")]',
      "u.id IN (SELECT e.userId FROM e WHERE e.type IS NULL OR NOT (lower(e.type) = lower(?)))",
      ["work"],
    ],
    [
      "or with an unindexed branch drops it",
      'userName eq "a" or addresses.country eq "x"',
      "u.userNameLower = ?",
      ["a"],
    ],
    ["and with an unindexed branch matches nothing", 'userName eq "a" and addresses.country eq "x"', NONE],
    ["not of an unindexed comparison matches all", 'not (addresses.country eq "x")', ALL],
  ])("%s", (_name, filter, sql, params = []) => {
    expect(user(filter)).toEqual({ sql, params });
  });
});

describe("filterToWhere on groups", () => {
  it.each<Row>([
    ["E16 displayName (case-insensitive)", 'displayName eq "Sales Team"', "g.displayNameLower = ?", ["sales team"]],
    ["displayName co", 'displayName co "TEAM"', "g.displayNameLower LIKE ? ESCAPE '\\'", ["%team%"]],
    ["externalId", 'externalId eq "8AA1"', "g.externalIdLower = ?", ["8aa1"]],
    [
      "members[value eq] is exact",
      'members[value eq "U1"]',
      "g.id IN (SELECT m.groupId FROM m WHERE m.userId = ?)",
      ["U1"],
    ],
    ["members.value", 'members.value eq "u1"', "g.id IN (SELECT m.groupId FROM m WHERE m.userId = ?)", ["u1"]],
    ["members eq (value implied)", 'members eq "u1"', "g.id IN (SELECT m.groupId FROM m WHERE m.userId = ?)", ["u1"]],
    [
      "members.value sw on SQLite is GLOB",
      'members.value sw "U"',
      "g.id IN (SELECT m.groupId FROM m WHERE m.userId GLOB ?)",
      ["U*"],
    ],
    ["members pr", "members pr", "g.id IN (SELECT m.groupId FROM m WHERE m.userId <> '')"],
    ["not members", 'not (members[value eq "u1"])', "g.id NOT IN (SELECT m.groupId FROM m WHERE m.userId = ?)", ["u1"]],
    ["members.display is not stored: unassigned", 'members.display eq "x"', NONE],
    [
      "meta.lastModified gt",
      'meta.lastModified gt "2024-05-01T10:00:00.000Z"',
      "g.updatedAt > ?",
      [new Date("2024-05-01T10:00:00.000Z")],
    ],
    ["id", 'id eq "G1"', "g.id = ?", ["G1"]],
  ])("%s", (_name, filter, sql, params = []) => {
    expect(group(filter)).toEqual({ sql, params });
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
