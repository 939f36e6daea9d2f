import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isAppError } from "./app-error";
import { parseInput, type ParseInputOptions } from "./parse-input";

const ZClient = z.object({
  name: z.string().min(1, { message: "Enter a name." }),
  uris: z.array(z.url({ message: "Not a URL." })),
});

function failure(input: unknown, options?: ParseInputOptions) {
  try {
    parseInput(ZClient, input, options);
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  throw new Error("parseInput accepted the input");
}

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(ZClient, { name: "CRM", uris: [] })).toEqual({ name: "CRM", uris: [] });
  });

  it.each<[string, unknown, ParseInputOptions | undefined, { message: string; fieldErrors: Record<string, string[]> }]>(
    [
      [
        "field paths, messages joined",
        { name: "", uris: ["x"] },
        undefined,
        { message: "Enter a name. Not a URL.", fieldErrors: { name: ["Enter a name."], "uris.0": ["Not a URL."] } },
      ],
      [
        "a given message",
        { name: "", uris: [] },
        { message: "Check the highlighted fields." },
        { message: "Check the highlighted fields.", fieldErrors: { name: ["Enter a name."] } },
      ],
      [
        "list items as their field",
        { name: "a", uris: ["x", "y"] },
        { byTopField: true },
        { message: "Not a URL. Not a URL.", fieldErrors: { uris: ["Not a URL.", "Not a URL."] } },
      ],
      [
        "the whole input under a named field",
        "nope",
        { rootField: "client" },
        {
          message: "Invalid input: expected object, received string",
          fieldErrors: { client: ["Invalid input: expected object, received string"] },
        },
      ],
    ],
  )("throws invalid_input: %s", (_name, input, options, expected) => {
    expect(failure(input, options)).toEqual({ code: "invalid_input", ...expected });
  });
});
