import { describe, expect, it } from "vitest";
import { evaluateAt, evaluationErrorAt } from "@/tests/fixtures/expressions";

type Case = [expression: string, source: Record<string, unknown>, expected: unknown];

const proxies = { proxyAddresses: ["SMTP:ann@contoso.com", "smtp:ann@fabrikam.com"] };

const cases: Record<string, Case[]> = {
  Split: [
    [
      'Split([extensionAttribute5], ",")',
      { extensionAttribute5: "PermissionSetOne, PermissionSetTwo" },
      ["PermissionSetOne", "PermissionSetTwo"],
    ],
    ['Split("a,,b, ", ",")', {}, ["a", "b"]],
    ['Split("one", ";")', {}, ["one"]],
    ['Split("a::b", "::")', {}, ["a", "b"]],
    ['Split([missing], ",")', {}, null],
    ['Join("|", Split("a;b;c", ";"))', {}, "a|b|c"],
  ],
  Item: [
    ["Item([proxyAddresses], 1)", proxies, "SMTP:ann@contoso.com"],
    ["Item([proxyAddresses], 2)", proxies, "smtp:ann@fabrikam.com"],
    ["Item([proxyAddresses], 3)", proxies, null],
    ['Item([proxyAddresses], "2")', proxies, "smtp:ann@fabrikam.com"],
    ['Item(Split("a b c", " "), 2)', {}, "b"],
    ['Item("single", 1)', {}, "single"],
    ["Item([missing], 1)", {}, null],
  ],
  Count: [
    ["Count([proxyAddresses])", proxies, 2],
    ["Count([missing])", {}, 0],
    ['Count("one")', {}, 1],
    ['Count(Split("a,b,c", ","))', {}, 3],
  ],
  RemoveDuplicates: [
    ["RemoveDuplicates([proxyAddresses])", { proxyAddresses: ["a", "b", "a", "A", "b"] }, ["a", "b", "A"]],
    ["RemoveDuplicates([missing])", {}, null],
    ['Join(",", RemoveDuplicates(Split("x,y,x", ",")))', {}, "x,y"],
  ],
};

describe.each(Object.entries(cases))("%s", (_name, table) => {
  it.each(table)("%s with %o → %o", (expression, source, expected) => {
    expect(evaluateAt(expression, source)).toEqual(expected);
  });
});

describe("list function errors point at the argument", () => {
  const errors: [string, Record<string, unknown>, string, number][] = [
    [
      "Item([proxyAddresses], 0)",
      proxies,
      "Item: index must be 1 or more (the first value is 1; index 0 shouldn't be used)",
      24,
    ],
    ["Item([proxyAddresses], )", proxies, "Item: index is required", 24],
    ['Split("a,b", "")', {}, "Split: delimiter must not be empty", 14],
    [
      "ToLower([proxyAddresses])",
      proxies,
      "ToLower: source must be a single value, but it has 2 values; pick one with Item() or combine them with Join()",
      9,
    ],
  ];
  it.each(errors)("%s", (expression, source, detail, column) => {
    expect(evaluationErrorAt(expression, source)).toEqual({ code: "evaluation", detail, column });
  });
});
