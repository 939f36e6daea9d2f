import { describe, expect, it } from "vitest";
import { IGNORE_FLOW } from "../runtime/ignore-flow";
import { evaluateAt, evaluationErrorAt } from "@/tests/fixtures/expressions";

type Case = [expression: string, source: Record<string, unknown>, expected: unknown];

const AND = 'IIF([country]="USA",IIF([state]="CA","True","False"),"False")';
const OR = 'IIF([country]="USA","True",IIF([state]="CA","True","False"))';
const TIMEZONE =
  'Switch([state], "Australia/Sydney", "NSW", "Australia/Sydney","QLD", "Australia/Brisbane", "SA", "Australia/Adelaide")';
const PREFIX = 'IgnoreFlowIfNullOrEmpty(Switch([prefix], "", "3443", "Dr.", "3444", "Prof.", "3445", "Prof. Dr."))';
// Now() is 7/2/2021 3:33:38 PM in these tests.
const HIRE =
  'Switch([Active], , "1", IIF(DateDiff("d", Now(), CDate([StatusHireDate])) > 5, "False", "True"), "0", "False")';

// Vectors from Microsoft's "Reference for writing expressions for attribute mappings", then edge cases.
const cases: Record<string, Case[]> = {
  IIF: [
    ['IIF([country]="USA",[country],[department])', { country: "USA", department: "Sales" }, "USA"],
    ['IIF([country]="USA",[country],[department])', { country: "NL", department: "Sales" }, "Sales"],
    [AND, { country: "USA", state: "CA" }, "True"],
    [AND, { country: "USA", state: "WA" }, "False"],
    [AND, { country: "NL", state: "CA" }, "False"],
    [OR, { country: "NL", state: "CA" }, "True"],
    [OR, { country: "NL", state: "WA" }, "False"],
    [OR, { country: "USA", state: "WA" }, "True"],
    ['IIF(IsPresent([country]),[country],"Other")', { country: "NL" }, "NL"],
    // Entra's documented limitation: an empty or null attribute in the condition makes the check fail.
    ['IIF([country]="","Other",[country])', { country: "" }, null],
    ['IIF(IsNullOrEmpty([country]),"Other",[country])', {}, null],
    ['IIF(IsPresent([country]),[country],"Other")', {}, null],
    ['IIF("True", "yes", Mid("x", 0, 1))', {}, "yes"],
    ['IIF(1, "yes", "no")', {}, "yes"],
    ['IIF("false", "yes", "no")', {}, "no"],
    ['IIF([n] > 9, "big", "small")', { n: "10" }, "big"],
    ['IIF([n] >= "9", "big", "small")', { n: 9 }, "big"],
    ['IIF([a] < [b], "a first", "b first")', { a: "apple", b: "banana" }, "a first"],
    ['IIF([a] = "usa", "same", "different")', { a: "USA" }, "different"],
    ['IIF([a] <> "x", "differs", "same")', { a: "y" }, "differs"],
    ['IIF([a] <= 2, "small", "big")', { a: 2 }, "small"],
  ],
  Switch: [
    [TIMEZONE, { state: "QLD" }, "Australia/Brisbane"],
    [TIMEZONE, { state: "VIC" }, "Australia/Sydney"],
    ['Switch(ToLower([statusFlag]), "0", "true", "1", "false", "0")', { statusFlag: "TRUE" }, "1"],
    ['Switch(ToLower([statusFlag]), "0", "true", "1", "false", "0")', { statusFlag: "False" }, "0"],
    ['Switch([statusFlag], "Default Value", "true", "1", "", "0")', { statusFlag: "" }, "0"],
    ['Switch([statusFlag], "Default Value", "true", "1", "", "0")', {}, "0"],
    ['Switch([statusFlag], "Default Value", "true", "1", "", "0")', { statusFlag: "TRUE" }, "Default Value"],
    ['Switch([country],[country],"","Other")', { country: "" }, "Other"],
    ['Switch([country],[country],"","Other")', {}, "Other"],
    ['Switch([country],[country],"","Other")', { country: "NL" }, "NL"],
    ['Switch("a", Mid("x", 0, 1), "a", "matched")', {}, "matched"],
    [HIRE, { Active: "1", StatusHireDate: "2021-07-05-07:00" }, "True"],
    [HIRE, { Active: "1", StatusHireDate: "2021-07-20-07:00" }, "False"],
    [HIRE, { Active: "0", StatusHireDate: "2021-07-05-07:00" }, "False"],
  ],
  Coalesce: [
    ["Coalesce([mail],[userPrincipalName])", { userPrincipalName: "John.Doe@contoso.com" }, "John.Doe@contoso.com"],
    [
      "Coalesce([mail],[userPrincipalName])",
      { mail: "j@contoso.com", userPrincipalName: "John.Doe@contoso.com" },
      "j@contoso.com",
    ],
    ['Coalesce([a],[b],"default")', {}, "default"],
    ['Coalesce([a],[b],"")', {}, ""],
    ["Coalesce([a],[b])", {}, null],
    ['Coalesce([a], "x")', { a: "" }, ""],
    ['Coalesce([list], "x")', { list: [] }, "x"],
    ['Coalesce("first", Mid("x", 0, 1))', {}, "first"],
  ],
  CBool: [
    ["CBool([attribute1] = [attribute2])", { attribute1: "a", attribute2: "a" }, true],
    ["CBool([attribute1] = [attribute2])", { attribute1: "a", attribute2: "b" }, false],
    ['CBool("1")', {}, true],
    ['CBool("-3")', {}, true],
    ['CBool("0")', {}, false],
    ['CBool("True")', {}, true],
    ['CBool("false")', {}, false],
    ['CBool("abc")', {}, false],
    ["CBool([missing])", {}, false],
    ["CBool([flag])", { flag: true }, true],
  ],
  Not: [
    ['Not("True")', {}, false],
    ['Not("true")', {}, false],
    ['Not("False")', {}, true],
    ["Not([flag])", { flag: true }, false],
    ["Not(IsNull([x]))", {}, false],
    ["Not([missing])", {}, true],
    ['Not("anything")', {}, true],
  ],
  IsNull: [
    ["IsNull([displayName])", {}, true],
    ["IsNull([displayName])", { displayName: null }, true],
    ["IsNull([displayName])", { displayName: "" }, false],
    ["IsNull([proxyAddresses])", { proxyAddresses: [] }, true],
  ],
  IsNullOrEmpty: [
    ["IsNullOrEmpty([displayName])", {}, true],
    ["IsNullOrEmpty([displayName])", { displayName: "" }, true],
    ["IsNullOrEmpty([displayName])", { displayName: " " }, false],
    ["IsNullOrEmpty([displayName])", { displayName: "Ann" }, false],
  ],
  IsPresent: [
    ["IsPresent([directManager])", { directManager: "Ada" }, true],
    ["IsPresent([directManager])", { directManager: "" }, false],
    ["IsPresent([directManager])", {}, false],
    ["IsPresent([flag])", { flag: false }, true],
    [
      "Switch(IsPresent([directManager]),[directManager], IsPresent([skiplevelManager]),[skiplevelManager], IsPresent([director]),[director])",
      { directManager: "Ada", director: "Dee" },
      "Dee",
    ],
  ],
  IsString: [
    ['IsString("x")', {}, true],
    ["IsString(5)", {}, true],
    ["IsString([missing])", {}, false],
    ["IsString([multi])", { multi: ["a", "b"] }, false],
  ],
  IgnoreFlowIfNullOrEmpty: [
    ["IgnoreFlowIfNullOrEmpty([department])", { department: "Sales" }, "Sales"],
    ["IgnoreFlowIfNullOrEmpty([department])", { department: "" }, IGNORE_FLOW],
    ["IgnoreFlowIfNullOrEmpty([department])", {}, IGNORE_FLOW],
    [PREFIX, { prefix: "3444" }, "Prof."],
    [PREFIX, { prefix: "9999" }, IGNORE_FLOW],
  ],
  BitAnd: [
    ["BitAnd(&HF, &HF7)", {}, 7],
    ["BitAnd(6, 3)", {}, 2],
    ['BitAnd([flags], "512")', { flags: "514" }, 512],
    ["BitAnd([missing], 1)", {}, null],
  ],
};

describe.each(Object.entries(cases))("%s", (_name, table) => {
  it.each(table)("%s with %o → %o", (expression, source, expected) => {
    expect(evaluateAt(expression, source)).toEqual(expected);
  });
});

describe("logic function errors point at the argument", () => {
  const errors: [string, Record<string, unknown>, string, number][] = [
    ['IIF("maybe", "a", "b")', {}, 'IIF: condition must be True or False but is "maybe"', 5],
    ['IIF([list] = "a", "a", "b")', { list: ["a", "b"] }, "Cannot compare a multi-valued value (2 values)", 5],
    ["CBool([list])", { list: ["1", "0"] }, "CBool: expects a single value but got 2 values", 7],
    ['BitAnd("x", 1)', {}, 'BitAnd: value1 must be a whole number, not "x"', 8],
  ];
  it.each(errors)("%s", (expression, source, detail, column) => {
    expect(evaluationErrorAt(expression, source)).toEqual({ code: "evaluation", detail, column });
  });
});
