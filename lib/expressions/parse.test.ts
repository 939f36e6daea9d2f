import { describe, expect, it } from "vitest";
import { caretDisplay, isExpressionError, type ExpressionError } from "./expression-error";
import { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH } from "./limits";
import { parseExpression } from "./parse";

function parseError(text: string): ExpressionError {
  try {
    parseExpression(text);
  } catch (error) {
    if (isExpressionError(error)) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

describe("parseExpression", () => {
  it("parses Switch with an omitted default value into an omitted node at its position", () => {
    const { root } = parseExpression('Switch([IsSoftDeleted], , "False", "True", "True", "False")');
    expect(root).toMatchObject({
      kind: "call",
      name: "Switch",
      start: 0,
      end: 59,
      args: [
        { kind: "attribute", name: "IsSoftDeleted", start: 7, end: 22 },
        { kind: "omitted", start: 24 },
        { kind: "string", value: "False" },
        { kind: "string", value: "True" },
        { kind: "string", value: "True" },
        { kind: "string", value: "False" },
      ],
    });
  });

  it("parses Replace with empty arguments, the last one right before the closing parenthesis", () => {
    const { root } = parseExpression('Replace([mail], "@contoso.com", , ,"", ,)');
    expect(root.kind === "call" && root.args.map((a) => a.kind)).toEqual([
      "attribute",
      "string",
      "omitted",
      "omitted",
      "string",
      "omitted",
      "omitted",
    ]);
  });

  it("parses calls without arguments, and a call of only omitted arguments", () => {
    expect(parseExpression("Guid()").root).toMatchObject({ kind: "call", name: "Guid", args: [] });
    expect(parseExpression("Coalesce(,)").root).toMatchObject({ args: [{ kind: "omitted" }, { kind: "omitted" }] });
  });

  it("parses Join, nested calls, numbers and constants", () => {
    expect(parseExpression('Join(", ", [surname], [givenName])').root).toMatchObject({
      kind: "call",
      args: [
        { kind: "string", value: ", " },
        { kind: "attribute", name: "surname" },
        { kind: "attribute", name: "givenName" },
      ],
    });
    expect(parseExpression("Append(Mid([givenName], 1, 3), Mid([surname], 1, 5))").root).toMatchObject({
      args: [
        {
          kind: "call",
          name: "Mid",
          args: [{ kind: "attribute" }, { kind: "number", value: 1 }, { kind: "number", value: 3 }],
        },
        { kind: "call", name: "Mid" },
      ],
    });
    expect(parseExpression('InStr("repEated","e",3,vbBinaryCompare)').root).toMatchObject({
      args: [{}, {}, {}, { kind: "constant", name: "vbBinaryCompare" }],
    });
  });

  it("parses IIF conditions with comparison operators", () => {
    expect(parseExpression('IIF([country]="USA",[country],[department])').root).toMatchObject({
      args: [
        {
          kind: "compare",
          operator: "=",
          operatorStart: 13,
          left: { kind: "attribute", name: "country" },
          right: { kind: "string", value: "USA" },
        },
        {},
        {},
      ],
    });
    expect(
      parseExpression('IIF(DateDiff("d", Now(), CDate([StatusHireDate])) > 5, "False", "True")').root,
    ).toMatchObject({ args: [{ kind: "compare", operator: ">", right: { value: 5 } }, {}, {}] });
  });

  it("accepts a bare attribute or constant string as the whole expression, and spreads over lines", () => {
    expect(parseExpression("[mail]").root).toMatchObject({ kind: "attribute", name: "mail" });
    expect(parseExpression('"United States"').root).toMatchObject({ kind: "string", value: "United States" });
    const multiLine = 'SelectUniqueValue( \n  Join("@", [a], "contoso.com"),\n  Join("@", [b], "contoso.com")\n)';
    expect(parseExpression(multiLine).root).toMatchObject({ kind: "call", args: [{ kind: "call" }, { kind: "call" }] });
  });

  const errors: [string, RegExp, number][] = [
    ["", /Expression is empty/, 0],
    ["   ", /Expression is empty/, 3],
    ["ToLower(", /Unclosed parenthesis: ToLower\( is missing its "\)"/, 7],
    ["ToLower([mail]", /Unclosed parenthesis/, 7],
    ['Join(",", Left([a], 1)', /Unclosed parenthesis: Join\(/, 4],
    ["ToLower([mail] [x])", /Expected "," or "\)" in the arguments of ToLower but found "x"/, 15],
    ["ToLower([mail]))", /Unexpected "\)" without a matching "\("/, 15],
    ["ToLower([mail]) [x]", /Unexpected "x" after the end of the expression/, 16],
    [")", /Expected a value .* but found "\)"/, 0],
    ['IIF([a] = , "x", "y")', /Expected a value .* but found ","/, 10],
    ['IIF([a] = "1" = "1", "x", "y")', /Only one comparison/, 14],
    ["[a] =", /Unexpected end of expression/, 5],
  ];
  it.each(errors)("rejects %j at the right position", (text, message, position) => {
    const error = parseError(text);
    expect(error.code).toBe("syntax");
    expect(error.detail).toMatch(message);
    expect(error.position).toBe(position);
  });

  it("reports line and column in multi-line expressions, and draws a caret under the fault", () => {
    const text = 'Join("@",\n  Left([a], 1) [b],\n  "contoso.com")';
    const error = parseError(text);
    expect(error).toMatchObject({ line: 2, column: 16, position: 25 });
    expect(error.message).toBe('Expected "," or ")" in the arguments of Join but found "b" (at line 2, column 16)');
    expect(caretDisplay(text, error.position, error.end)).toBe("    Left([a], 1) [b],\n                 ^^^");
  });

  it("rejects a 100 KB expression with a clear limit error instead of working through it", () => {
    const huge = `Join(",", ${'"x", '.repeat(20_000)}"x")`;
    expect(huge.length).toBeGreaterThan(100_000);
    const error = parseError(huge);
    expect(error.code).toBe("limit");
    expect(error.detail).toBe(`Expression is ${huge.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`);
    expect(error.position).toBe(MAX_EXPRESSION_LENGTH);
  });

  it(`allows nesting ${MAX_NESTING_DEPTH} deep and rejects one more at the call that passes the limit`, () => {
    const nest = (depth: number) => `${"ToLower(".repeat(depth)}[a]${")".repeat(depth)}`;
    expect(parseExpression(nest(MAX_NESTING_DEPTH)).root).toMatchObject({ kind: "call" });
    const error = parseError(nest(MAX_NESTING_DEPTH + 1));
    expect(error.code).toBe("limit");
    expect(error.detail).toBe(`Functions are nested more than ${MAX_NESTING_DEPTH} deep`);
    expect(error.position).toBe(MAX_NESTING_DEPTH * "ToLower(".length);
  });

  it("rejects nesting as deep as the length limit allows without overflowing the stack", () => {
    const error = parseError("F(".repeat(MAX_EXPRESSION_LENGTH / 2));
    expect(error.code).toBe("limit");
    expect(error.detail).toMatch(/nested more than/);
  });
});
