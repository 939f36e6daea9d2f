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
