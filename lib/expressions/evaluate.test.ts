import { describe, expect, it } from "vitest";
import { compileExpression } from "./compile";
import { evaluateExpression, evaluateExpressionSync } from "./evaluate";
import { IGNORE_FLOW, isIgnoreFlow } from "./runtime/ignore-flow";
import { evaluateAt, evaluationErrorAt, expressionErrorOf } from "@/tests/fixtures/expressions";

const john = { surname: "Doe", givenName: "John", mail: "John.Doe@Contoso.com", IsSoftDeleted: false };

describe("evaluateExpression: the product specification's examples", () => {
  const cases: [string, Record<string, unknown>, unknown][] = [
    ['Join(", ", [surname], [givenName])', john, "Doe, John"],
    ['Switch([IsSoftDeleted], , "False", "True", "True", "False")', john, "True"],
    ['Switch([IsSoftDeleted], , "False", "True", "True", "False")', { IsSoftDeleted: true }, "False"],
    ['Switch([IsSoftDeleted], , "False", "True", "True", "False")', { IsSoftDeleted: "False" }, "True"],
    ['Switch([IsSoftDeleted], , "False", "True", "True", "False")', {}, null],
    ["ToLower([mail])", john, "john.doe@contoso.com"],
    ["ToLower([mail])", {}, null],
  ];
  it.each(cases)("%s with %o → %o", (text, source, expected) => {
    expect(evaluateAt(text, source)).toEqual(expected);
  });
});

describe("evaluateExpression: attributes, literals and nesting", () => {
  const source = {
    mail: "lower@contoso.com",
    Mail: "Upper@contoso.com",
    DisplayName: "Zoë Smith",
    extension_9f2c_employeeType: "Contractor",
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department": "Sales",
    manager: { displayName: "Ada Boss" },
    proxyAddresses: ["smtp:a@contoso.com", "SMTP:b@contoso.com"],
    employeeNumber: 42,
    hired: new Date(Date.UTC(2020, 0, 2)),
  };
  const cases: [string, unknown][] = [
    ["[mail]", "lower@contoso.com"],
    ["[Mail]", "Upper@contoso.com"],
    ["[MAIL]", "lower@contoso.com"],
    ["[displayname]", "Zoë Smith"],
    ["[extension_9f2c_employeeType]", "Contractor"],
    ["[urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department]", "Sales"],
    ["[manager.displayName]", "Ada Boss"],
    ["[Manager.DisplayName]", "Ada Boss"],
    ["[manager.missing]", null],
    ["[nothing]", null],
    ["[proxyAddresses]", ["smtp:a@contoso.com", "SMTP:b@contoso.com"]],
    ["[employeeNumber]", 42],
    ['Append([employeeNumber], "")', "42"],
    ["[hired]", "2020-01-02T00:00:00.000Z"],
    ['"Company name: \\"Contoso\\""', 'Company name: "Contoso"'],
    ["12", 12],
    ['ToUpper(Left(Join(".", [givenName], [surname]), 6))', "JOHN.D"],
    ['tolower(JOIN("@", normalizediacritics(STRIPSPACES([DisplayName])), "contoso.com"))', "zoesmith@contoso.com"],
  ];
  it.each(cases)("%s → %o", (text, expected) => {
    expect(evaluateAt(text, { ...source, givenName: "John", surname: "Doe" })).toEqual(expected);
  });

  it("fails on an attribute that holds an object, pointing at the reference", () => {
    expect(evaluationErrorAt('Join(",", [manager])', { manager: { displayName: "Ada" } })).toEqual({
      code: "evaluation",
      detail:
        "Attribute [manager] holds an object, not a value; reference one of its fields, e.g. [manager.displayName]",
      column: 11,
    });
  });

  it("evaluates a compiled expression repeatedly against different sources", () => {
    const compiled = compileExpression('Join(" ", [givenName], [surname])');
    expect(evaluateExpressionSync(compiled, { source: { givenName: "Ann" } })).toBe("Ann");
    expect(evaluateExpressionSync(compiled, { source: { givenName: "Ann", surname: "Lee" } })).toBe("Ann Lee");
  });

  it("points evaluation errors at the argument at fault, by line and column in a multi-line expression", () => {
    const error = expressionErrorOf(() => evaluateAt('Join(",",\n  Mid([a], 0, 2))', { a: "abc" }));
    expect(error).toMatchObject({
      code: "evaluation",
      detail: "Mid: start must be 1 or more (the first character is 1)",
      line: 2,
      column: 12,
    });
  });
});

describe("IgnoreFlowIfNullOrEmpty", () => {
  it("returns the exported sentinel, which the mapping layer can tell from null", () => {
    const result = evaluateAt("IgnoreFlowIfNullOrEmpty([department])", { department: "" });
    expect(result).toBe(IGNORE_FLOW);
    expect(isIgnoreFlow(result)).toBe(true);
    expect(isIgnoreFlow(null)).toBe(false);
    expect(typeof IGNORE_FLOW).toBe("symbol");
  });

  it("propagates through the functions that use the ignored value, and not through branches not taken", () => {
    expect(evaluateAt("ToUpper(IgnoreFlowIfNullOrEmpty([department]))", {})).toBe(IGNORE_FLOW);
    expect(evaluateAt('Switch("a", IgnoreFlowIfNullOrEmpty([x]), "a", "matched")', {})).toBe("matched");
    expect(evaluateAt("Coalesce([d], IgnoreFlowIfNullOrEmpty([x]))", { d: "Sales" })).toBe("Sales");
  });
});

describe("SelectUniqueValue", () => {
  // The example of Entra's documentation: UPN candidates from the preferred first and last names.
  const upn = `SelectUniqueValue(
    Join("@", NormalizeDiacritics(StripSpaces(Join(".",  [PreferredFirstName], [PreferredLastName]))), "contoso.com"),
    Join("@", NormalizeDiacritics(StripSpaces(Join(".",  Mid([PreferredFirstName], 1, 1), [PreferredLastName]))), "contoso.com"),
    Join("@", NormalizeDiacritics(StripSpaces(Join(".",  Mid([PreferredFirstName], 1, 2), [PreferredLastName]))), "contoso.com")
  )`;
  const source = { PreferredFirstName: "John", PreferredLastName: "Smith" };

  const cases: [string[], string][] = [
    [[], "John.Smith@contoso.com"],
    [["John.Smith@contoso.com"], "J.Smith@contoso.com"],
    [["John.Smith@contoso.com", "J.Smith@contoso.com"], "Jo.Smith@contoso.com"],
  ];
  it.each(cases)("with %o taken → %s (async checker)", async (taken, expected) => {
    const asked: string[] = [];
    const isUnique = async (value: string) => {
      asked.push(value);
      return !taken.includes(value);
    };
    expect(await evaluateExpression(upn, { source, isUnique })).toBe(expected);
    expect(asked).toEqual([...taken, expected]);
  });

  it("works with a synchronous checker in evaluateExpressionSync, and refuses an asynchronous one there", () => {
    expect(evaluateExpressionSync(upn, { source, isUnique: (v) => v !== "John.Smith@contoso.com" })).toBe(
      "J.Smith@contoso.com",
    );
    expect(() => evaluateExpressionSync(upn, { source, isUnique: async () => true })).toThrow(/use evaluateExpression/);
  });

  it("returns the first candidate when there is no checker", async () => {
    expect(await evaluateExpression(upn, { source })).toBe("John.Smith@contoso.com");
  });

  it("skips rules that produce nothing and fails, at the function, when every value is taken", async () => {
    expect(
      await evaluateExpression("SelectUniqueValue([nickname], [mail])", {
        source: { mail: "m@contoso.com" },
        isUnique: () => true,
      }),
    ).toBe("m@contoso.com");
    const error = await evaluateExpression(upn, { source, isUnique: () => false }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "evaluation",
      detail:
        'SelectUniqueValue: every generated value already exists in the target ("John.Smith@contoso.com", "J.Smith@contoso.com", "Jo.Smith@contoso.com")',
      line: 1,
      column: 1,
    });
    await expect(evaluateExpression("SelectUniqueValue([a], [b])", { source: {} })).rejects.toThrow(
      "SelectUniqueValue: no rule produced a value",
    );
  });
});
