import { describe, expect, it } from "vitest";
import { compileExpression } from "./compile";
import { listExpressionFunctions } from "./function-catalog";
import { expressionErrorOf } from "@/tests/fixtures/expressions";
import { validateExpression } from "./validate";

const REQUIRED = [
  "Append",
  "CBool",
  "Coalesce",
  "DateAdd",
  "FormatDateTime",
  "Guid",
  "IgnoreFlowIfNullOrEmpty",
  "IIF",
  "InStr",
  "IsNull",
  "IsNullOrEmpty",
  "IsPresent",
  "Item",
  "Join",
  "Left",
  "Mid",
  "NormalizeDiacritics",
  "Not",
  "Now",
  "PCase",
  "RandomString",
  "Replace",
  "SelectUniqueValue",
  "Split",
  "StripSpaces",
  "Switch",
  "ToLower",
  "ToUpper",
  "Word",
];

describe("compileExpression", () => {
  it("accepts function names in any case", () => {
    for (const text of ["ToLower([mail])", "tolower([mail])", "TOLOWER([mail])", 'iif([a]="1", "x", "y")'])
      expect(() => compileExpression(text)).not.toThrow();
  });

  const errors: [string, string, string, number][] = [
    ["ToLower(Foo([mail]))", "unknown_function", 'Unknown function "Foo"', 9],
    ["Tolowr([mail])", "unknown_function", 'Unknown function "Tolowr"; did you mean ToLower?', 1],
    ['Join(",", Apend([a], "x"))', "unknown_function", 'Unknown function "Apend"; did you mean Append?', 11],
    ["ToLower()", "arity", "ToLower takes 1 to 2 arguments: ToLower(source, [culture]); got 0", 1],
    ["Append([a])", "arity", "Append takes exactly 2 arguments: Append(source, suffix); got 1", 1],
    ['Mid("abc", 1)', "arity", "Mid takes exactly 3 arguments: Mid(source, start, length); got 2", 1],
    ["Now(1)", "arity", "Now takes no arguments: Now(); got 1", 1],
    ['Join(",")', "arity", "Join takes at least 2 arguments: Join(separator, source1, source2...); got 1", 1],
    [
      'Switch([a], "d", "k")',
      "arity",
      "Switch takes an even number of arguments, at least 4: Switch(source, defaultValue, key1, value1, key2, value2...); got 3",
      1,
    ],
    [
      'Switch([a], "d", "k", "v", "k2")',
      "arity",
      "Switch takes an even number of arguments, at least 4: Switch(source, defaultValue, key1, value1, key2, value2...); got 5",
      1,
    ],
    [
      "SelectUniqueValue([a])",
      "arity",
      "SelectUniqueValue takes at least 2 arguments: SelectUniqueValue(uniqueValueRule1, uniqueValueRule2, uniqueValueRule3...); got 1",
      1,
    ],
    [
      "ToLower(SelectUniqueValue([a], [b]))",
      "syntax",
      "SelectUniqueValue must be the whole expression; it cannot be nested inside another function or comparison",
      9,
    ],
    [
      'InStr([a], "b", 1, vbFooCompare)',
      "syntax",
      'Unknown name "vbFooCompare": reference an attribute as [vbFooCompare] or write a string as "vbFooCompare"',
      20,
    ],
    [
      'Join(",", mail)',
      "syntax",
      'Unknown name "mail": reference an attribute as [mail] or write a string as "mail"',
      11,
    ],
    ["Guid", "syntax", 'Unknown name "Guid"; call the function as Guid(...)', 1],
  ];
  it.each(errors)("rejects %s", (text, code, detail, column) => {
    const error = expressionErrorOf(() => compileExpression(text));
    expect({ code: error.code, detail: error.detail, column: error.column }).toEqual({ code, detail, column });
  });
});

describe("validateExpression", () => {
  it("accepts the expressions of the product specification", () => {
    for (const text of [
      'Join(", ", [surname], [givenName])',
      'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
      "ToLower([mail])",
    ]) {
      expect(validateExpression(text)).toEqual({ ok: true });
    }
  });

  it("returns the message and where it points for the editor", () => {
    expect(validateExpression("ToLower(Foo([mail]))")).toEqual({
      ok: false,
      message: 'Unknown function "Foo" (at column 9)',
      detail: 'Unknown function "Foo"',
      position: 8,
      end: 11,
      line: 1,
      column: 9,
    });
    expect(validateExpression('Join(",",\n  "unterminated)')).toMatchObject({
      ok: false,
      line: 2,
      column: 3,
      position: 12,
    });
  });
});

describe("listExpressionFunctions", () => {
  const functions = listExpressionFunctions();

  it("lists every function the issue asks for, sorted, with a signature and a description", () => {
    const names = functions.map((f) => f.name);
    for (const name of REQUIRED) expect(names).toContain(name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    for (const f of functions) {
      expect(f.signature.startsWith(`${f.name}(`)).toBe(true);
      expect(f.description.length).toBeGreaterThan(10);
    }
  });

  it("describes arity in JSON-friendly numbers", () => {
    expect(functions.find((f) => f.name === "Join")).toMatchObject({
      signature: "Join(separator, source1, source2...)",
      minArgs: 2,
      maxArgs: null,
    });
    expect(functions.find((f) => f.name === "Replace")).toMatchObject({ minArgs: 3, maxArgs: 7 });
    expect(functions.find((f) => f.name === "Guid")).toMatchObject({ signature: "Guid()", minArgs: 0, maxArgs: 0 });
  });
});
