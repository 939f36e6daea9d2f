import { describe, expect, it } from "vitest";
import { ScimError } from "../errors";
import { parseJsonBody } from "./parse-body";
import type { ScimHttpRequest } from "./types";

const request = (
  body: string | undefined,
  contentType: string | null = "application/scim+json",
  bodyTooLarge = false,
): ScimHttpRequest => ({
  method: "POST",
  path: "/Users",
  query: new URLSearchParams(),
  body,
  bodyTooLarge,
  headers: { contentType },
  baseUrl: "http://x/scim/v2",
});

function failure(req: ScimHttpRequest): { status: number; scimType?: string } {
  try {
    parseJsonBody(req);
  } catch (error) {
    if (error instanceof ScimError) return { status: error.status, scimType: error.scimType };
    throw error;
  }
  throw new Error("expected a ScimError");
}

describe("parseJsonBody", () => {
  it("accepts SCIM and plain JSON media types, with parameters, or none", () => {
    for (const type of [
      "application/scim+json; charset=utf-8",
      "application/json",
      "APPLICATION/JSON",
      null,
      "application/vnd.custom+json",
    ]) {
      expect(parseJsonBody(request('{"a":1}', type))).toEqual({ a: 1 });
    }
  });

  it("refuses other media types with 415", () => {
    expect(failure(request('{"a":1}', "text/plain"))).toEqual({ status: 415, scimType: undefined });
  });

  it("413 when the adapter flagged the body or it is over 1 MiB", () => {
    expect(failure(request(undefined, null, true)).status).toBe(413);
    expect(failure(request(`{"a":"${"x".repeat(1024 * 1024)}"}`)).status).toBe(413);
  });

  it.each(["", "   ", "{", "[]", "1", '"s"', "null", "{'a':1}"])("400 invalidSyntax for %j", (body) => {
    expect(failure(request(body))).toEqual({ status: 400, scimType: "invalidSyntax" });
  });

  it("refuses deep nesting and NUL characters before any recursive code sees them", () => {
    expect(failure(request(`{"a":${"[".repeat(100)}${"]".repeat(100)}}`))).toEqual({
      status: 400,
      scimType: "invalidSyntax",
    });
    expect(failure(request('{"userName":"a\\u0000b"}'))).toEqual({ status: 400, scimType: "invalidValue" });
    expect(failure(request('{"a\\u0000":1}'))).toEqual({ status: 400, scimType: "invalidValue" });
  });
});
