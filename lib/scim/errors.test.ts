import { describe, expect, it } from "vitest";
import { isScimError, ScimError, toScimErrorBody } from "./errors";

describe("toScimErrorBody", () => {
  it.each([
    [
      "404 without scimType (E5)",
      new ScimError(404, undefined, "Resource 23B51B0E5D7AE9110A49411D@7cca31655d49f3640a494224 not found"),
      {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
        status: "404",
        detail: "Resource 23B51B0E5D7AE9110A49411D@7cca31655d49f3640a494224 not found",
      },
    ],
    [
      "409 uniqueness (E21)",
      new ScimError(409, "uniqueness", "User with userName alice@contoso.com already exists"),
      {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
        status: "409",
        scimType: "uniqueness",
        detail: "User with userName alice@contoso.com already exists",
      },
    ],
  ])("%s", (_name, error, expected) => {
    expect(toScimErrorBody(error)).toEqual(expected);
    expect(JSON.stringify(toScimErrorBody(error))).not.toContain("null");
  });

  it("is an Error with a recognisable type", () => {
    const error = new ScimError(400, "invalidFilter", "bad");
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("bad");
    expect(isScimError(error)).toBe(true);
    expect(isScimError(new Error("x"))).toBe(false);
  });
});
