// Validates an authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636 §4.3). Problems with the client or
// the redirect URI are shown to the user (never redirected); all others go back to the client's redirect URI.
import { isValidS256Challenge } from "./pkce";
import { isRegisteredRedirectUri } from "./redirect-uri";
import { normalizeScope } from "./scope";
import type { OAuthClientRecord } from "./find-client";

export type RawParams = Record<string, string | string[] | undefined>;

export type AuthorizationRequest = {
  client: { clientId: string; name: string };
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scope: string;
};

export type AuthorizationRedirectError = "invalid_request" | "unsupported_response_type" | "invalid_scope";

export type AuthorizationValidation =
  | { kind: "ok"; request: AuthorizationRequest }
  | { kind: "invalid-client"; message: string }
  | {
      kind: "redirect-error";
      redirectUri: string;
      error: AuthorizationRedirectError;
      description: string;
      state?: string;
    };

/** The parameters the consent form carries through to the server action. */
export const AUTHORIZATION_PARAMS = [
  "response_type",
  "client_id",
  "redirect_uri",
  "state",
  "code_challenge",
  "code_challenge_method",
  "scope",
] as const;

const MAX_STATE_LENGTH = 1024;

function single(params: RawParams, name: string): { value?: string; repeated: boolean } {
  const raw = params[name];
  if (Array.isArray(raw))
    return raw.length === 1 ? { value: raw[0] || undefined, repeated: false } : { repeated: true };
  return { value: raw === "" ? undefined : raw, repeated: false };
}

export async function validateAuthorizationRequest(
  params: RawParams,
  lookupClient: (clientId: string) => Promise<OAuthClientRecord | null>,
): Promise<AuthorizationValidation> {
  const clientId = single(params, "client_id");
  if (clientId.repeated || !clientId.value)
    return {
      kind: "invalid-client",
      message: "The request does not say which application is asking (client_id is missing or repeated).",
    };
  const client = await lookupClient(clientId.value);
  if (!client)
    return { kind: "invalid-client", message: "The application that sent you here is not registered with Org Center." };
  const redirect = single(params, "redirect_uri");
  if (redirect.repeated || !redirect.value)
    return {
      kind: "invalid-client",
      message: "The request has no redirect URI (redirect_uri is missing or repeated).",
    };
  if (!isRegisteredRedirectUri(client.redirectUris, redirect.value)) {
    return {
      kind: "invalid-client",
      message: `The redirect URI is not registered for ${client.name}, so Org Center will not send you there.`,
    };
  }
  const redirectUri = redirect.value;

  const state = single(params, "state");
  const fail = (error: AuthorizationRedirectError, description: string): AuthorizationValidation => ({
    kind: "redirect-error",
    redirectUri,
    error,
    description,
    state: state.repeated ? undefined : state.value,
  });
  for (const name of AUTHORIZATION_PARAMS)
    if (single(params, name).repeated) return fail("invalid_request", `The parameter ${name} is repeated.`);

  const responseType = single(params, "response_type").value;
  if (!responseType) return fail("invalid_request", "response_type is required.");
  if (responseType !== "code") return fail("unsupported_response_type", "Only response_type=code is supported.");
  if (!state.value) return fail("invalid_request", "state is required.");
  if (state.value.length > MAX_STATE_LENGTH)
    return fail("invalid_request", `state is longer than ${MAX_STATE_LENGTH} characters.`);

  const challenge = single(params, "code_challenge").value;
  const method = single(params, "code_challenge_method").value;
  if (!challenge)
    return fail("invalid_request", "PKCE is required: send code_challenge with code_challenge_method=S256.");
  if (method !== "S256") return fail("invalid_request", "code_challenge_method must be S256.");
  if (!isValidS256Challenge(challenge))
    return fail("invalid_request", "code_challenge must be the 43-character base64url SHA-256 of the code verifier.");

  const scope = normalizeScope(single(params, "scope").value);
  if (!scope.ok) return fail("invalid_scope", `Unsupported scope: ${scope.unsupported.join(" ")}. Use "scim".`);

  return {
    kind: "ok",
    request: {
      client: { clientId: client.clientId, name: client.name },
      redirectUri,
      state: state.value,
      codeChallenge: challenge,
      scope: scope.scope,
    },
  };
}
