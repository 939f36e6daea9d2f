// The token endpoint (RFC 6749 §3.2) without Next: parses the form, authenticates the client, runs the grant.
import { authenticateClient } from "./authenticate-client";
import { exchangeAuthorizationCode } from "./exchange-authorization-code";
import { parseFormBody } from "./form-body";
import { OAuthError, oauthJson, toOAuthResponse, type OAuthResponse } from "./oauth-error";
import { refreshAccessToken } from "./refresh-access-token";

export type OAuthHttpRequest = { authorization: string | null; contentType: string | null; body: string };

export async function handleTokenRequest(request: OAuthHttpRequest, now = new Date()): Promise<OAuthResponse> {
  try {
    const params = parseFormBody(request.contentType, request.body);
    const grantType = params.grant_type;
    if (!grantType) throw new OAuthError("invalid_request", "grant_type is required.");
    const client = await authenticateClient(request.authorization, params);
    if (grantType === "authorization_code") return oauthJson(200, await exchangeAuthorizationCode(client, params, now));
    if (grantType === "refresh_token") return oauthJson(200, await refreshAccessToken(client, params, now));
    throw new OAuthError("unsupported_grant_type", "Use grant_type authorization_code or refresh_token.");
  } catch (error) {
    return toOAuthResponse(error, "token");
  }
}
