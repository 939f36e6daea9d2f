import { describe, expect, it } from "vitest";
import { FILTERS, ENT } from "@/tests/fixtures/entra-payloads";
import type { CompValue, FilterNode } from "./filter-ast";
import { parseFilter, parseValuePath } from "./filter-parser";
import { scimErrorOf } from "@/tests/fixtures/scim-error-of";

const s = (value: string, quoted = true) => ({ type: "string", value, quoted }) as const;
const eq = (attr: string, value: CompValue, sub?: string): FilterNode => ({
  kind: "compare",
  path: sub ? { attr, sub } : { attr },
  op: "eq",
  value,
});

describe("parseFilter: Entra's filters (entra-scim.md E1, E3, E3b, E16)", () => {
  it.each([
    ["E1 GUID", FILTERS.E1, eq("userName", s("7b3e1c1a-0f7c-4d9a-9d0e-2c1f5a1b9e42"))],
    ["E3", FILTERS.E3, eq("userName", s("Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee"))],
    ["E3 zero hits", FILTERS.E3_NONE, eq("userName", s("non-existent user"))],
    ["E3b unquoted", FILTERS.E3B_UNQUOTED, eq("externalId", s("jyoung", false))],
    [
      "E3b unquoted GUIDs with and",
      FILTERS.E3B_MANAGER,
      {
        kind: "and",
        children: [
          eq("id", s("54D382A4-2050-4C03-94D1-E769F1D15682", false)),
          eq("manager", s("2819c223-7f76-453a-919d-413861904646", false)),
        ],
      },
    ],
    ["E16", FILTERS.E16, eq("displayName", s("displayName"))],
    [
      "E3 email value path",
      FILTERS.E3_EMAIL,
      {
        kind: "valuePath",
        path: { attr: "emails" },
        filter: { kind: "and", children: [eq("type", s("work")), eq("value", s("user@contoso.com"))] },
      },
    ],
  ])("%s", (_name, text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe("parseFilter: grammar", () => {
  it.each<[string, string, FilterNode]>([
    ["operators are case-insensitive", 'userName EQ "a"', eq("userName", s("a"))],
    [
      "attribute case is kept for later case-insensitive lookup",
      'name.FamilyName eq "x"',
      eq("name", s("x"), "FamilyName"),
    ],
    ["pr", "title pr", { kind: "present", path: { attr: "title" } }],
    ["PR upper case", "title PR", { kind: "present", path: { attr: "title" } }],
    [
      "and binds tighter than or",
      'a eq "1" or b eq "2" and c eq "3"',
      { kind: "or", children: [eq("a", s("1")), { kind: "and", children: [eq("b", s("2")), eq("c", s("3"))] }] },
    ],
    [
      "parentheses override precedence",
      '(a eq "1" or b eq "2") and c eq "3"',
      { kind: "and", children: [{ kind: "or", children: [eq("a", s("1")), eq("b", s("2"))] }, eq("c", s("3"))] },
    ],
    [
      "not binds tighter than and",
      'not (a eq "1") and b eq "2"',
      { kind: "and", children: [{ kind: "not", child: eq("a", s("1")) }, eq("b", s("2"))] },
    ],
    ["not without parentheses is tolerated", 'not a eq "1"', { kind: "not", child: eq("a", s("1")) }],
    [
      "chains are flattened",
      'a eq "1" and b eq "2" and c eq "3"',
      { kind: "and", children: [eq("a", s("1")), eq("b", s("2")), eq("c", s("3"))] },
    ],
    [
      "URN-prefixed extension attribute",
      `${ENT}:department eq "Sales"`,
      { kind: "compare", path: { urn: ENT, attr: "department" }, op: "eq", value: s("Sales") },
    ],
    [
      "URN prefix of a known schema is matched case-insensitively",
      'URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:userName eq "a"',
      {
        kind: "compare",
        path: { urn: "urn:ietf:params:scim:schemas:core:2.0:User", attr: "userName" },
        op: "eq",
        value: s("a"),
      },
    ],
    [
      "meta.lastModified ge",
      'meta.lastModified ge "2011-05-13T04:42:34Z"',
      { kind: "compare", path: { attr: "meta", sub: "lastModified" }, op: "ge", value: s("2011-05-13T04:42:34Z") },
    ],
    [
      "members value path",
      'members[value eq "2819c223"]',
      { kind: "valuePath", path: { attr: "members" }, filter: eq("value", s("2819c223")) },
    ],
    [
      "value path with a logical filter inside",
      'emails[type eq "work" and value co "@example.com"]',
      {
        kind: "valuePath",
        path: { attr: "emails" },
        filter: {
          kind: "and",
          children: [
            eq("type", s("work")),
            { kind: "compare", path: { attr: "value" }, op: "co", value: s("@example.com") },
          ],
        },
      },
    ],
    [
      "value path with sub-attribute and pr",
      'emails[type eq "work"].value pr',
      {
        kind: "valuePath",
        path: { attr: "emails" },
        filter: { kind: "and", children: [eq("type", s("work")), { kind: "present", path: { attr: "value" } }] },
      },
    ],
    ["JSON escapes", 'displayName eq "a \\"b\\" \\\\ \\u00e9\\n"', eq("displayName", s('a "b" \\ é\n'))],
    ["true literal (any case)", "active eq True", eq("active", { type: "boolean", value: true, raw: "True" })],
    ["false literal", "active eq false", eq("active", { type: "boolean", value: false, raw: "false" })],
    ["null literal", "title eq null", eq("title", { type: "null" })],
    ["number literal", "x eq -1.5e3", eq("x", { type: "number", value: -1500, raw: "-1.5e3" })],
    ["quoted true stays a string", 'x eq "true"', eq("x", s("true"))],
    ["bare email value", "userName eq dale.mohr@romaguera.uk", eq("userName", s("dale.mohr@romaguera.uk", false))],
    ["extra whitespace", '  userName   eq\t"a"  ', eq("userName", s("a"))],
    ["an attribute named like a keyword", "not pr", { kind: "present", path: { attr: "not" } }],
  ])("%s", (_name, text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe("parseFilter: errors are 400 invalidFilter with a position (E21)", () => {
  it.each([
    ["empty", "", /empty/],
    ["missing value", "userName eq", /position 12: expected a value after "eq", found end of input/],
    ["bad operator", 'userName equals "a"', /position 10: expected an operator .* found "equals"/],
    ["unterminated string", 'userName eq "abc', /position 13: unterminated string/],
    ["unclosed value path", 'emails[type eq "work"', /position 22: expected '\]' to close '\[' at position 7/],
    ["unclosed parenthesis", '(userName eq "a"', /expected '\)' to close '\(' at position 1/],
    ["stray closing parenthesis", 'userName eq "a")', /position 16: unexpected '\)'/],
    ["dangling and", 'userName eq "a" and', /expected an attribute path, '\(' or 'not', found end of input/],
    ["nested value filters", 'emails[type[value eq "x"] eq "y"]', /value filters cannot be nested/],
    ["invalid escape", 'userName eq "a\\x"', /invalid escape "\\x"/],
    ["bad \\u escape", 'userName eq "\\u12"', /invalid \\u escape/],
    ["invalid attribute name", '9abc eq "x"', /expected an attribute path, found "9abc"/],
    [
      "value where an attribute belongs",
      '"abc" eq "x"',
      /expected an attribute path, '\(' or 'not', found string "abc"/,
    ],
    ["two values", 'userName eq "a" "b"', /unexpected string "b"/],
    ["sub-attribute not adjacent to ]", 'emails[type eq "work"] .value eq "x"', /unexpected "\.value"/],
    ["filter on a sub-attribute", 'name.givenName[value eq "x"]', /must follow a multi-valued attribute/],
  ])("%s", (_name, text, detail) => {
    const error = scimErrorOf(() => parseFilter(text));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe("invalidFilter");
    expect(error.detail).toMatch(detail);
  });
});

describe("parseFilter: abuse limits", () => {
  it("rejects 1000 nested parentheses by depth, without overflowing the stack", () => {
    const text = `${"(".repeat(1000)}userName eq "a"${")".repeat(1000)}`;
    const error = scimErrorOf(() => parseFilter(text));
    expect(error.scimType).toBe("invalidFilter");
    expect(error.detail).toMatch(/position 33: nesting is deeper than the maximum of 32 levels/);
  });

  it("accepts nesting up to the limit", () => {
    const text = `${"(".repeat(32)}userName eq "a"${")".repeat(32)}`;
    expect(parseFilter(text)).toEqual(eq("userName", s("a")));
  });

  it("rejects 500 nested nots (also depth)", () => {
    expect(scimErrorOf(() => parseFilter(`${"not (".repeat(500)}a pr${")".repeat(500)}`)).detail).toMatch(/nesting/);
  });

  it("still stops at the depth limit when the length limit is raised", () => {
    const text = `${"(".repeat(100_000)}a pr${")".repeat(100_000)}`;
    expect(scimErrorOf(() => parseFilter(text, { maxLength: 1_000_000 })).detail).toMatch(/position 33: nesting/);
  });

  it("rejects a 100 KB filter by length before tokenizing", () => {
    const text = `userName eq "${"a".repeat(100_000)}"`;
    const error = scimErrorOf(() => parseFilter(text));
    expect(error.detail).toBe(`Invalid filter: it is ${text.length} characters long; the maximum is 4096`);
  });

  it("rejects too many expressions", () => {
    const text = Array.from({ length: 40 }, (_, i) => `a eq ${i}`).join(" or ");
    expect(() => parseFilter(text, { maxNodes: 500 })).not.toThrow();
    expect(scimErrorOf(() => parseFilter(text, { maxNodes: 20 })).detail).toMatch(
      /more than the maximum of 20 expressions/,
    );
  });

  it("honours custom limits", () => {
    expect(scimErrorOf(() => parseFilter('userName eq "abcdef"', { maxLength: 10 })).detail).toMatch(/maximum is 10/);
    expect(scimErrorOf(() => parseFilter("((a pr))", { maxDepth: 1 })).detail).toMatch(/maximum of 1 levels/);
  });
});

describe("parseValuePath (PATCH paths)", () => {
  it.each([
    ["userName", { attr: "userName" }],
    ["name.familyName", { attr: "name", sub: "familyName" }],
    [`${ENT}:employeeNumber`, { urn: ENT, attr: "employeeNumber" }],
    [`${ENT}:manager.value`, { urn: ENT, attr: "manager", sub: "value" }],
    ['emails[type eq "work"].value', { attr: "emails", sub: "value", filter: eq("type", s("work")) }],
    [
      "emails[primary eq true].value",
      { attr: "emails", sub: "value", filter: eq("primary", { type: "boolean", value: true, raw: "true" }) },
    ],
    ['members[value eq "7f4bc1a3"]', { attr: "members", filter: eq("value", s("7f4bc1a3")) }],
  ])("%s", (text, expected) => {
    expect(parseValuePath(text)).toEqual(expected);
  });

  it.each([
    ['emails[type eq "work"', /expected '\]'/],
    ["emails..value", /expected an attribute path/],
    ["", /expected an attribute path, found end of input/],
    ["userName extra", /unexpected "extra"/],
    ['emails[type eq "work"].', /not a valid sub-attribute name/],
  ])("%s is 400 invalidPath", (text, detail) => {
    const error = scimErrorOf(() => parseValuePath(text));
    expect(error.scimType).toBe("invalidPath");
    expect(error.detail).toMatch(detail);
  });
});
