import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli";

describe("org-center expression eval", () => {
  it("prints the value of an expression against a source object as JSON", async () => {
    const joined = await runCli(
      "expression",
      "eval",
      "--expr",
      'Join(", ", [surname], [givenName])',
      "--source",
      '{"surname":"Doe","givenName":"John"}',
      "--json",
    );
    expect(joined.status, joined.stderr).toBe(0);
    expect(joined.json()).toEqual({ value: "Doe, John", ignoreFlow: false });

    const lower = await runCli(
      "expression",
      "eval",
      "--expr",
      "ToLower([mail])",
      "--source",
      '{"mail":"John.Doe@Contoso.com"}',
    );
    expect(lower.status, lower.stderr).toBe(0);
    expect(lower.stdout).toBe('"john.doe@contoso.com"\n');

    const split = await runCli(
      "expression",
      "eval",
      "--expr",
      'Split([groups], ",")',
      "--source",
      '{"groups":"Sales, Admins"}',
      "--json",
    );
    expect(split.json()).toEqual({ value: ["Sales", "Admins"], ignoreFlow: false });

    const ignored = await runCli("expression", "eval", "--expr", "IgnoreFlowIfNullOrEmpty([department])", "--json");
    expect(ignored.status, ignored.stderr).toBe(0);
    expect(ignored.json()).toEqual({ value: null, ignoreFlow: true });
  });

  it("prints the error with a caret under its position and exits 1", async () => {
    const unknown = await runCli("expression", "eval", "--expr", "ToLower(Foo([mail]))", "--source", "{}");
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain(
      'error: Unknown function "Foo" (at column 9)\n  ToLower(Foo([mail]))\n          ^^^\n',
    );

    const unterminated = await runCli("expression", "eval", "--expr", 'Append([mail], "x)', "--json");
    expect(unterminated.status).toBe(1);
    expect(JSON.parse(unterminated.stderr)).toEqual({
      error: {
        code: "invalid_input",
        message: 'Unterminated string: a closing " is missing (write \\" for a quote inside a string) (at column 16)',
        details: { expr: ['Append([mail], "x)\n               ^'] },
      },
    });

    const failed = await runCli(
      "expression",
      "eval",
      "--expr",
      "Mid([givenName], 0, 1)",
      "--source",
      '{"givenName":"John"}',
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      "Mid: start must be 1 or more (the first character is 1) (at column 18)\n  Mid([givenName], 0, 1)\n                   ^\n",
    );
  });

  it("treats a malformed --source or a missing --expr as a usage error (exit 2)", async () => {
    const badSource = await runCli("expression", "eval", "--expr", "[a]", "--source", "{not json");
    expect(badSource.status).toBe(2);
    expect(badSource.stderr).toContain("--source is not valid JSON");
    expect((await runCli("expression", "eval", "--source", "{}")).status).toBe(2);
    expect((await runCli("expression", "eval", "--expr", "[a]", "--source", "[1]")).stderr).toContain(
      "--source must be a JSON object",
    );
  });
});
