import { describe, expect, it } from "vitest";
import { defaultMappings } from "./default-mappings";
import { diffDefinitions } from "./diff-definitions";
import type { TMappingDefinition } from "./types";
import { validateDefinition } from "./validate-definition";

function withUser(change: (d: TMappingDefinition) => void): TMappingDefinition {
  const d = defaultMappings();
  change(d);
  return d;
}

describe("validateDefinition", () => {
  it("accepts the default mappings", () => {
    expect(validateDefinition(defaultMappings())).toEqual({});
  });

  const cases: [string, (d: TMappingDefinition) => void, string, RegExp][] = [
    [
      "no matching attribute",
      (d) => d.user.attributes.forEach((a) => (a.matching = false)),
      "user.attributes",
      /At least one attribute/,
    ],
    [
      "duplicate precedence",
      (d) => (d.user.attributes[1]!.matchingPrecedence = 1),
      "user.attributes.1.matchingPrecedence",
      /already used by userName/,
    ],
    [
      "unknown target",
      (d) => (d.user.attributes[3]!.target = "name.middle"),
      "user.attributes.3.target",
      /not in the target's attribute list/,
    ],
    [
      "target mapped twice",
      (d) => (d.user.attributes[4]!.target = "name.givenName"),
      "user.attributes.4.target",
      /already mapped/,
    ],
    [
      "expression does not parse",
      (d) =>
        d.user.attributes.push({
          type: "Expression",
          expression: "ToLower([mail]",
          target: "nickName",
          targetType: "String",
          matching: false,
          apply: "Always",
        }),
      "user.attributes.9.expression",
      /line 1, column/,
    ],
    [
      "unknown function",
      (d) =>
        d.user.attributes.push({
          type: "Expression",
          expression: "Lower([mail])",
          target: "nickName",
          targetType: "String",
          matching: false,
          apply: "Always",
        }),
      "user.attributes.9.expression",
      /Unknown function/,
    ],
    [
      "SelectUniqueValue matching",
      (d) =>
        Object.assign(d.user.attributes[0]!, {
          type: "Expression",
          expression: "SelectUniqueValue([mail], [userPrincipalName])",
        }),
      "user.attributes.0.matching",
      /cannot match objects/,
    ],
    [
      "direct without source",
      (d) => (d.user.attributes[3]!.source = undefined),
      "user.attributes.3.source",
      /source attribute/,
    ],
    [
      "constant without value",
      (d) =>
        d.user.attributes.push({
          type: "Constant",
          constant: "",
          target: "title",
          targetType: "String",
          matching: false,
          apply: "Always",
        }),
      "user.attributes.9.constant",
      /constant/,
    ],
    [
      "numeric clause with text",
      (d) =>
        d.user.scopingFilters.push({ clauses: [{ attribute: "employeeId", operator: "Greater_Than", value: "ten" }] }),
      "user.scopingFilters.0.clauses.0.value",
      /whole number/,
    ],
    [
      "bad regex",
      (d) => d.user.scopingFilters.push({ clauses: [{ attribute: "mail", operator: "REGEX MATCH", value: "([" }] }),
      "user.scopingFilters.0.clauses.0.value",
      /regular expression/,
    ],
    [
      "clause without value",
      (d) => d.user.scopingFilters.push({ clauses: [{ attribute: "mail", operator: "ENDS_WITH" }] }),
      "user.scopingFilters.0.clauses.0.value",
      /needs a value/,
    ],
    ["group: no matching", (d) => (d.group.attributes[0]!.matching = false), "group.attributes", /At least one/],
    [
      "target list duplicate",
      (d) =>
        (d.user.targetAttributes = [
          { name: "userName", type: "String", required: true, multiValued: false, caseExact: false },
          { name: "userName", type: "String", required: false, multiValued: false, caseExact: false },
        ]),
      "user.targetAttributes.1.name",
      /is already in the target attribute list/,
    ],
  ];
  it.each(cases)("%s", (_name, change, key, message) => {
    expect(validateDefinition(withUser(change))[key]).toMatch(message);
  });

  it("accepts targets added to the target attribute list and unary clauses without values", () => {
    const d = withUser((d) => {
      d.user.targetAttributes = [
        { name: "userName", type: "String", required: true, multiValued: false, caseExact: false },
        { name: "custom", type: "String", required: false, multiValued: false, caseExact: true },
      ];
      d.user.attributes = [
        {
          type: "Direct",
          source: "mail",
          target: "userName",
          targetType: "String",
          matching: true,
          matchingPrecedence: 1,
          apply: "Always",
        },
        { type: "Constant", constant: "x", target: "custom", targetType: "String", matching: false, apply: "OnCreate" },
      ];
      d.user.scopingFilters = [
        {
          clauses: [
            { attribute: "accountEnabled", operator: "IS TRUE" },
            { attribute: "department", operator: "EQUALS", value: "" },
          ],
        },
      ];
    });
    expect(validateDefinition(d)).toEqual({});
  });
});

describe("diffDefinitions", () => {
  it("lists added, removed and changed mappings, settings and filters", () => {
    const after = withUser((d) => {
      d.user.attributes[0]!.source = "mail";
      d.user.attributes.splice(8, 1);
      d.user.attributes.push({
        type: "Constant",
        constant: "Sales",
        target: "title",
        targetType: "String",
        matching: false,
        apply: "Always",
      });
      d.user.actions.delete = false;
      d.user.scopingFilters.push({ clauses: [{ attribute: "department", operator: "EQUALS", value: "Sales" }] });
    });
    const lines = diffDefinitions(defaultMappings(), after);
    expect(lines).toContainEqual({
      kind: "changed",
      object: "user",
      what: "Target object action delete",
      before: "true",
      after: "false",
    });
    expect(lines).toContainEqual({
      kind: "changed",
      object: "user",
      what: "userName",
      before: "Direct [userPrincipalName] → userName (matching #1)",
      after: "Direct [mail] → userName (matching #1)",
    });
    expect(lines.find((l) => l.kind === "removed")?.what).toMatch(/division/);
    expect(lines).toContainEqual({ kind: "added", object: "user", what: "title", after: 'Constant "Sales" → title' });
    expect(lines).toContainEqual({
      kind: "added",
      object: "user",
      what: "Scoping filter",
      after: "Filter 1: department EQUALS Sales",
    });
    expect(diffDefinitions(after, after)).toEqual([]);
  });
});
