import { describe, it, expect } from "vitest";
import { validateAuthorizationRequest, type RawParams } from "./authorization-request";
import type { OAuthClientRecord } from "./find-client";

const CLIENT: OAuthClientRecord = {
  clientId: "occl_test",
  name: "Entra provisioning",
  redirectUris: ["https://portal.example.com/cb", "http://127.0.0.1:5000/cb"],
  secretHash: null,
};
const lookup = async (id: string) => (id === CLIENT.clientId ? CLIENT : null);
const CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

const valid: RawParams = {
  response_type: "code",
  client_id: CLIENT.clientId,
  redirect_uri: "https://portal.example.com/cb",
  state: "xyz",
  code_challenge: CHALLENGE,
  code_challenge_method: "S256",
};
const validate = (overrides: RawParams) => validateAuthorizationRequest({ ...valid, ...overrides }, lookup);

describe("authorization request validation", () => {
  it("accepts a complete request, with the default scope", async () => {
    expect(await validate({})).toEqual({
      kind: "ok",
      request: {
        client: { clientId: CLIENT.clientId, name: CLIENT.name },
        redirectUri: "https://portal.example.com/cb",
        state: "xyz",
        codeChallenge: CHALLENGE,
        scope: "scim",
      },
    });
  });

  it.each([
    ["a missing client_id", { client_id: undefined }],
    ["an unknown client_id", { client_id: "occl_other" }],
    ["a repeated client_id", { client_id: [CLIENT.clientId, CLIENT.clientId] }],
    ["a missing redirect_uri", { redirect_uri: undefined }],
    ["an unregistered redirect_uri", { redirect_uri: "https://evil.example.com/cb" }],
    [
      "a redirect_uri that only starts like a registered one",
      { redirect_uri: "https://portal.example.com/cb/../evil" },
    ],
    ["a repeated redirect_uri", { redirect_uri: ["https://portal.example.com/cb", "https://evil.example.com/cb"] }],
  ])("shows an error page, never redirecting, for %s", async (_label, overrides) => {
    expect((await validate(overrides as RawParams)).kind).toBe("invalid-client");
  });

  it.each([
    ["response_type missing", { response_type: undefined }, "invalid_request"],
    ["response_type=token", { response_type: "token" }, "unsupported_response_type"],
    ["no PKCE", { code_challenge: undefined, code_challenge_method: undefined }, "invalid_request"],
    ["the plain PKCE method", { code_challenge_method: "plain" }, "invalid_request"],
    ["a challenge without a method", { code_challenge_method: undefined }, "invalid_request"],
    ["a malformed challenge", { code_challenge: "too-short" }, "invalid_request"],
    ["an unknown scope", { scope: "openid" }, "invalid_scope"],
    ["a repeated scope", { scope: ["scim", "scim"] }, "invalid_request"],
  ])("redirects back with an error for %s, keeping state", async (_label, overrides, error) => {
    expect(await validate(overrides as RawParams)).toMatchObject({
      kind: "redirect-error",
      redirectUri: "https://portal.example.com/cb",
      error,
      state: "xyz",
    });
  });

  it("requires state", async () => {
    expect(await validate({ state: undefined })).toMatchObject({
      kind: "redirect-error",
      error: "invalid_request",
      state: undefined,
    });
  });

  it("uses the redirect URI that was sent, among several registered", async () => {
    expect(await validate({ redirect_uri: "http://127.0.0.1:5000/cb", response_type: "token" })).toMatchObject({
      redirectUri: "http://127.0.0.1:5000/cb",
    });
  });
});
