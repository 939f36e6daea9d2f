import { describe, expect, it } from "vitest";
import { clauseMatches, describeScopeMiss, inScopingFilters, traceScopingFilters } from "./scoping-filter";
import { SCOPE_OPERATORS, type TScopeClause } from "./types";

const user = {
  department: "Sales",
  userPrincipalName: "alice@contoso.com",
  accountEnabled: true,
  employeeId: "42",
  mail: null,
};

describe("clauseMatches", () => {
  const cases: [TScopeClause, boolean][] = [
    [{ attribute: "department", operator: "EQUALS", value: "Sales" }, true],
    [{ attribute: "department", operator: "EQUALS", value: "sales" }, false],
    [{ attribute: "department", operator: "NOT EQUALS", value: "Legal" }, true],
    [{ attribute: "mail", operator: "NOT EQUALS", value: "x" }, true],
    [{ attribute: "accountEnabled", operator: "IS TRUE" }, true],
    [{ attribute: "accountEnabled", operator: "IS FALSE" }, false],
    [{ attribute: "mail", operator: "IS NULL" }, true],
    [{ attribute: "department", operator: "IS NOT NULL" }, true],
    [{ attribute: "userPrincipalName", operator: "REGEX MATCH", value: "^a.*@contoso\\.com$" }, true],
    [{ attribute: "userPrincipalName", operator: "NOT REGEX MATCH", value: "^b" }, true],
    [{ attribute: "userPrincipalName", operator: "REGEX MATCH", value: "([" }, false],
    [{ attribute: "employeeId", operator: "Greater_Than", value: "41" }, true],
    [{ attribute: "employeeId", operator: "Greater_Than_OR_EQUALS", value: "43" }, false],
    [{ attribute: "employeeId", operator: "Less_Than", value: "x" }, false],
    [{ attribute: "userPrincipalName", operator: "Includes", value: "@contoso" }, true],
    [{ attribute: "userPrincipalName", operator: "ENDS_WITH", value: "contoso.com" }, true],
    [{ attribute: "employeeId", operator: "&", value: "2" }, true],
    [{ attribute: "employeeId", operator: "!&", value: "1" }, true],
  ];
  it.each(cases)("%o → %s", (clause, expected) => {
    expect(clauseMatches(clause, user)).toBe(expected);
  });
});

describe("inScopingFilters", () => {
  it("ANDs clauses inside a filter and ORs filters", () => {
    const sales = {
      clauses: [
        { attribute: "department", operator: "EQUALS" as const, value: "Sales" },
        { attribute: "accountEnabled", operator: "IS TRUE" as const },
      ],
    };
    const legal = { clauses: [{ attribute: "department", operator: "EQUALS" as const, value: "Legal" }] };
    expect(inScopingFilters([], user)).toBe(true);
    expect(inScopingFilters([sales], user)).toBe(true);
    expect(inScopingFilters([sales], { ...user, accountEnabled: false })).toBe(false);
    expect(inScopingFilters([legal, sales], user)).toBe(true);
    expect(inScopingFilters([legal], user)).toBe(false);
    expect(describeScopeMiss([legal], user)).toMatch(/department EQUALS Legal.*Sales/);
  });
});

describe("null semantics (an absent or empty attribute)", () => {
  // Entra: only IS NULL, NOT EQUALS and NOT REGEX MATCH hold for a null attribute.
  const holdsOnNull = new Set(["IS NULL", "NOT EQUALS", "NOT REGEX MATCH", "NOT MEMBER OF"]);
  const values: Record<string, string | undefined> = {
    "REGEX MATCH": ".*",
    "NOT REGEX MATCH": ".*",
    "&": "1",
    "!&": "1",
    Greater_Than: "-1",
    Greater_Than_OR_EQUALS: "0",
    Less_Than: "1",
    Less_Than_OR_EQUALS: "0",
    Includes: "",
    ENDS_WITH: "",
    EQUALS: "",
    "NOT EQUALS": "",
    "MEMBER OF": "g1",
    "NOT MEMBER OF": "g1",
  };
  const rows = SCOPE_OPERATORS.flatMap((operator) =>
    [null, undefined, ""].map((actual) => [operator, actual] as const),
  );
  it.each(rows)("%s on %o", (operator, actual) => {
    const clause: TScopeClause = { attribute: "mail", operator, value: values[operator] };
    expect(clauseMatches(clause, { mail: actual })).toBe(holdsOnNull.has(operator));
  });

  it("treats booleans as True/False text", () => {
    expect(
      clauseMatches({ attribute: "accountEnabled", operator: "EQUALS", value: "True" }, { accountEnabled: true }),
    ).toBe(true);
    expect(clauseMatches({ attribute: "accountEnabled", operator: "IS FALSE" }, { accountEnabled: false })).toBe(true);
    expect(clauseMatches({ attribute: "accountEnabled", operator: "IS TRUE" }, { accountEnabled: null })).toBe(false);
  });
});

describe("operators on values", () => {
  const rows: [TScopeClause["operator"], string, string, boolean][] = [
    ["Less_Than", "5", "10", true],
    ["Less_Than", "10", "5", false],
    ["Less_Than_OR_EQUALS", "5", "5", true],
    ["Greater_Than", "10", "9", true],
    ["Greater_Than", "abc", "1", false],
    ["Greater_Than_OR_EQUALS", "3", "3", true],
    ["&", "6", "4", true],
    ["&", "6", "1", false],
    ["!&", "6", "1", true],
    ["!&", "6", "2", false],
    ["Includes", "Sales EMEA", "EMEA", true],
    ["Includes", "Sales", "emea", false],
    ["ENDS_WITH", "a@fabrikam.com", "@fabrikam.com", true],
    ["ENDS_WITH", "a@fabrikam.com", "@contoso.com", false],
    ["REGEX MATCH", "ABC-123", "^[A-Z]+-\\d+$", true],
    ["NOT REGEX MATCH", "ABC-123", "^\\d", true],
    ["NOT REGEX MATCH", "ABC", "([", true],
    ["EQUALS", "Sales", "Sales", true],
    ["NOT EQUALS", "Sales", "Sales", false],
  ];
  it.each(rows)("%s: %s vs %s → %s", (operator, actual, value, expected) => {
    expect(clauseMatches({ attribute: "a", operator, value }, { a: actual })).toBe(expected);
  });
});

describe("group-membership clause", () => {
  it("matches the object's source groups", () => {
    const clause: TScopeClause = { attribute: "memberOf", operator: "MEMBER OF", value: "g2" };
    expect(clauseMatches(clause, {}, { groupIds: ["g1", "g2"] })).toBe(true);
    expect(clauseMatches(clause, {}, { groupIds: ["g1"] })).toBe(false);
    expect(clauseMatches({ ...clause, operator: "NOT MEMBER OF" }, {}, { groupIds: ["g1"] })).toBe(true);
    expect(inScopingFilters([{ clauses: [clause] }], {}, { groupIds: ["g2"] })).toBe(true);
  });

  it("reports the group by its name when the clause carries one", () => {
    const clause: TScopeClause = { attribute: "memberOf", operator: "MEMBER OF", value: "g2", label: "Managers" };
    expect(traceScopingFilters([{ clauses: [clause] }], {}, { groupIds: ["g1", "g2"] })).toEqual([
      { filter: 1, filterName: "Filter 1", clause: "memberOf MEMBER OF Managers", actual: "2 group(s)", result: true },
    ]);
  });
});

describe("traceScopingFilters", () => {
  it("reports every clause of every filter with the value it saw", () => {
    const trace = traceScopingFilters(
      [
        {
          name: "Sales",
          clauses: [
            { attribute: "department", operator: "EQUALS", value: "Sales" },
            { attribute: "mail", operator: "IS NOT NULL" },
          ],
        },
        { clauses: [{ attribute: "employeeId", operator: "Greater_Than", value: "10" }] },
      ],
      user,
    );
    expect(trace).toEqual([
      { filter: 1, filterName: "Sales", clause: "department EQUALS Sales", actual: "Sales", result: true },
      { filter: 1, filterName: "Sales", clause: "mail IS NOT NULL", actual: null, result: false },
      { filter: 2, filterName: "Filter 2", clause: "employeeId Greater_Than 10", actual: "42", result: true },
    ]);
  });
});
