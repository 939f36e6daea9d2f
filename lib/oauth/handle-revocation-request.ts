// The revocation endpoint (RFC 7009): revoking either token of a grant revokes the whole grant. Unknown tokens,
// and tokens of another client, are answered 200 as well, so the endpoint reveals nothing.
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { authenticateClient } from "./authenticate-client";
import { parseFormBody } from "./form-body";
import { OAuthError, oauthJson, toOAuthResponse, type OAuthResponse } from "./oauth-error";
import type { OAuthHttpRequest } from "./handle-token-request";
import { markGrantRevoked } from "./revoke-grant";

export async function handleRevocationRequest(request: OAuthHttpRequest, now = new Date()): Promise<OAuthResponse> {
  try {
    const params = parseFormBody(request.contentType, request.body);
    if (!params.token) throw new OAuthError("invalid_request", "token is required.");
    const client = await authenticateClient(request.authorization, params);
    const digest = hashToken(params.token);
    // The hint only orders the lookups (RFC 7009 §2.1); both kinds are always tried.
    const byRefresh = params.token_type_hint === "refresh_token";
    const lookups = byRefresh
      ? [{ refreshTokenHash: digest }, { accessTokenHash: digest }]
      : [{ accessTokenHash: digest }, { refreshTokenHash: digest }];
    for (const where of lookups) {
      const grant = await prisma.oAuthToken.findUnique({ where, select: { id: true, clientId: true } });
      if (!grant) continue;
      if (grant.clientId === client.clientId) {
        await markGrantRevoked(
          grant.id,
          { id: null, label: `OAuth client ${client.name}` },
          "revoked by the client",
          now,
        );
      }
      break;
    }
    return oauthJson(200, {});
  } catch (error) {
    return toOAuthResponse(error, "revocation");
  }
}
