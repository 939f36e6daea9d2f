import { describe, it, expect } from "vitest";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { authenticateClient } from "./authenticate-client";
import type { OAuthClientRecord } from "./find-client";
import { parseFormBody } from "./form-body";
import { isOAuthError } from "./oauth-error";

const CONFIDENTIAL: OAuthClientRecord = {
  clientId: "occl_conf",
  name: "Confidential",
  redirectUris: [],
  secretHash: hashToken("s3cret:+/"),
};
const PUBLIC: OAuthClientRecord = { clientId: "occl_pub", name: "Public", redirectUris: [], secretHash: null };
const lookup = async (id: string) => [CONFIDENTIAL, PUBLIC].find((c) => c.clientId === id) ?? null;
const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isOAuthError(error)) throw new Error(`expected an OAuthError, got ${String(error)}`);
  return { code: error.code, status: error.status };
}

describe("client authentication", () => {
  it("accepts client_secret_basic with form-urlencoded parts, client_secret_post, and none for a public client", async () => {
    expect((await authenticateClient(basic("occl_conf", "s3cret:+/"), {}, lookup)).clientId).toBe("occl_conf");
    expect(
      (await authenticateClient(null, { client_id: "occl_conf", client_secret: "s3cret:+/" }, lookup)).confidential,
    ).toBe(true);
    expect(await authenticateClient(null, { client_id: "occl_pub" }, lookup)).toMatchObject({
      clientId: "occl_pub",
      confidential: false,
    });
  });

  it.each([
    ["a wrong secret", basic("occl_conf", "wrong"), {}],
    ["a confidential client without its secret", null, { client_id: "occl_conf" }],
    ["an unknown client", null, { client_id: "occl_nobody" }],
    ["no client at all", null, {}],
    ["a secret sent for a public client", null, { client_id: "occl_pub", client_secret: "anything" }],
    ["a body client_id that differs from Basic", basic("occl_conf", "s3cret:+/"), { client_id: "occl_pub" }],
    ["malformed Basic credentials", "Basic bm8tY29sb24=", {}],
  ])("answers invalid_client (401) for %s", async (_label, authorization, params) => {
    expect(await failure(authenticateClient(authorization, params, lookup))).toEqual({
      code: "invalid_client",
      status: 401,
    });
  });

  it("refuses two authentication methods at once", async () => {
    expect(
      await failure(authenticateClient(basic("occl_conf", "s3cret:+/"), { client_secret: "s3cret:+/" }, lookup)),
    ).toEqual({ code: "invalid_request", status: 400 });
  });
});

describe("form body", () => {
  it("parses form-urlencoded bodies and drops empty values", () => {
    expect(
      parseFormBody(
        "application/x-www-form-urlencoded; charset=UTF-8",
        "grant_type=authorization_code&code=a%2Bb&scope=",
      ),
    ).toEqual({ grant_type: "authorization_code", code: "a+b" });
  });

  it("refuses JSON and repeated parameters", () => {
    expect(() => parseFormBody("application/json", "{}")).toThrow(/x-www-form-urlencoded/);
    expect(() => parseFormBody("application/x-www-form-urlencoded", "code=a&code=b")).toThrow(/repeated/);
  });
});
