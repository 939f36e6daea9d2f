import { describe, expect, it } from "vitest";
import { clauseMatches, describeScopeMiss, inScopingFilters } from "./scoping-filter";
import type { TScopeClause } from "./types";

const user = { department: "Sales", userPrincipalName: "alice@contoso.com", accountEnabled: true, employeeId: "42", mail: null };

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
    const sales = { clauses: [{ attribute: "department", operator: "EQUALS" as const, value: "Sales" }, { attribute: "accountEnabled", operator: "IS TRUE" as const }] };
    const legal = { clauses: [{ attribute: "department", operator: "EQUALS" as const, value: "Legal" }] };
    expect(inScopingFilters([], user)).toBe(true);
    expect(inScopingFilters([sales], user)).toBe(true);
    expect(inScopingFilters([sales], { ...user, accountEnabled: false })).toBe(false);
    expect(inScopingFilters([legal, sales], user)).toBe(true);
    expect(inScopingFilters([legal], user)).toBe(false);
    expect(describeScopeMiss([legal], user)).toMatch(/department EQUALS Legal.*Sales/);
  });
});
