import { describe, expect, it } from "vitest";
import { ENT, STORED_USER } from "@/tests/fixtures/entra-payloads";
import { ScimError } from "./errors";
import { matchesFilter, type EvaluateOptions } from "./filter-evaluate";
import { parseFilter } from "./filter-parser";
import { resolveAttribute } from "./schema-registry";
import { USER_SCHEMA } from "./urns";

const user = {
  ...STORED_USER,
  title: "Vice President",
  emails: [
    { value: "Alice@Contoso.com", type: "work", primary: true },
    { value: "alice@home.example", type: "home" },
  ],
  [ENT]: { department: "Sales", employeeNumber: "10042" },
};

const options: EvaluateOptions = {
  coreSchemaUrn: USER_SCHEMA,
  describe: (path) => {
    const r = resolveAttribute("User", path);
    const def = r?.sub ?? r?.def;
    return def && { caseExact: def.caseExact, type: def.type };
  },
};

describe("matchesFilter against a user resource", () => {
  it.each([
    ['userName eq "TEST_USER_00aa00aa-bb11-cc22-dd33-44ee44ee44ee"', true],
    ['userName eq "someone else"', false],
    ["active eq true", true],
    ['active eq "True"', true],
    ["active eq false", false],
    ['emails[type eq "work"].value eq "alice@contoso.com"', true],
    ['emails[type eq "home"].value eq "alice@contoso.com"', false],
    ['emails.value ew "@home.example"', true],
    ["emails[primary eq true]", true],
    ['emails[type eq "other"]', false],
    ['not (emails[type eq "other"])', true],
    ['emails.value ne "alice@contoso.com"', false],
    ["title pr", true],
    ["nickName pr", false],
    ["nickName eq null", true],
    ['nickName ne "x"', true],
    ['title co "president"', true],
    ['name.familyName sw "fam"', true],
    ['meta.created lt "2019-01-01T00:00:00Z"', true],
    ['meta.lastModified gt "2019-01-01T00:00:00Z"', false],
    ['meta.created eq "2018-03-27T19:59:26Z"', true],
    [`${ENT}:department eq "sales"`, true],
    [`${ENT}:employeeNumber gt "10041"`, true],
    [`${USER_SCHEMA}:userName pr`, true],
    ['userName eq "x" or active eq true', true],
    ['userName eq "x" and active eq true', false],
    ['id eq "6764549BEF60420686BC"', false],
  ])("%s → %s", (filter, expected) => {
    expect(matchesFilter(parseFilter(filter), user, options)).toBe(expected);
  });

  it("ordering operators on booleans are 400 invalidFilter", () => {
    expect(() => matchesFilter(parseFilter("active gt false"), user, options)).toThrow(ScimError);
  });

  it("without traits, strings compare case-insensitively", () => {
    expect(matchesFilter(parseFilter('type eq "WORK"'), { type: "work" })).toBe(true);
  });
});

/** Traits from the schema of `type`, as the directory's PATCH and constant columns use them. */
const schemaOf = (type: "User" | "Group"): EvaluateOptions => ({
  coreSchemaUrn: type === "User" ? USER_SCHEMA : "urn:ietf:params:scim:schemas:core:2.0:Group",
  describe: (path) => {
    const r = resolveAttribute(type, path);
    const def = r?.sub ?? r?.def;
    return def && { caseExact: def.caseExact, type: def.type };
  },
});

describe("matchesFilter follows the schema's caseExact for every operator", () => {
  const smith = {
    id: "ck9smith",
    userName: "ann@contoso.com",
    name: { familyName: "Smith", givenName: "Ann" },
    title: "Vice President",
    emails: [{ value: "Ann@Contoso.com", type: "work" }],
    addresses: [{ type: "work", locality: "Redmond", country: "US" }],
    phoneNumbers: [{ type: "mobile", value: "+1 555 0100" }],
    meta: { resourceType: "User" },
    [ENT]: { department: "Sales", manager: { value: "ck9boss" } },
  };

  it.each([
    ['name.familyName eq "SMITH"', true],
    ['name.familyName ne "SMITH"', false],
    ['name.familyName co "MIT"', true],
    ['name.familyName sw "sm"', true],
    ['name.familyName ew "ITH"', true],
    ['name.familyName gt "R"', true],
    ['name.familyName gt "s"', true],
    ['name.familyName lt "t"', true],
    ['name.familyName le "SMITH"', true],
    ['name.familyName ge "SMITHS"', false],
    ['emails[type eq "WORK"]', true],
    ['emails[type eq "WORK"].value eq "ANN@contoso.COM"', true],
    ['addresses[type eq "Work" and locality sw "RED"]', true],
    ['addresses.country eq "us"', true],
    ['phoneNumbers[type eq "MOBILE"]', true],
    [`${ENT}:department eq "SALES"`, true],
    [`${ENT}:department co "ale"`, true],
    // caseExact:true: id, meta.resourceType
    ['id eq "ck9smith"', true],
    ['id eq "CK9SMITH"', false],
    ['id sw "CK9"', false],
    ['id co "SMITH"', false],
    ['id ew "Smith"', false],
    ['meta.resourceType eq "user"', false],
    ['meta.resourceType eq "User"', true],
  ])("%s → %s", (filter, expected) => {
    expect(matchesFilter(parseFilter(filter), smith, schemaOf("User"))).toBe(expected);
  });

  it.each([
    ['displayName eq "SALES TEAM"', true],
    ['displayName sw "sales"', true],
    ['externalId eq "grp-1"', true],
    ['members[value eq "ck9u1"]', true],
    ['members[value eq "CK9U1"]', false],
    ['members.value sw "CK9"', false],
  ])("group: %s → %s", (filter, expected) => {
    const group = { displayName: "Sales Team", externalId: "GRP-1", members: [{ value: "ck9u1" }] };
    expect(matchesFilter(parseFilter(filter), group, schemaOf("Group"))).toBe(expected);
  });
});
