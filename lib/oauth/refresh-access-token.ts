// grant_type=refresh_token (RFC 6749 §6) with rotation: each refresh replaces both tokens of the grant, so the
// presented refresh token (and the previous access token) stop working at once.
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { isOrgAdmin } from "./admin-organizations";
import type { AuthenticatedClient } from "./authenticate-client";
import type { FormParams } from "./form-body";
import { newTokenPair, tokenResponseBody, type TokenResponseBody } from "./issue-tokens";
import { OAuthError } from "./oauth-error";
import { isScopeSubset, normalizeScope } from "./scope";

export async function refreshAccessToken(
  client: AuthenticatedClient,
  params: FormParams,
  now = new Date(),
): Promise<TokenResponseBody> {
  if (!params.refresh_token) throw new OAuthError("invalid_request", "refresh_token is required.");
  const presentedHash = hashToken(params.refresh_token);
  const grant = await prisma.oAuthToken.findUnique({ where: { refreshTokenHash: presentedHash } });
  // A rotated-out refresh token is simply unknown: its hash was replaced.
  if (!grant || grant.clientId !== client.clientId)
    throw new OAuthError("invalid_grant", "The refresh token is not valid.");
  if (grant.revokedAt) throw new OAuthError("invalid_grant", "The refresh token was revoked.");
  if (grant.refreshExpiresAt <= now) throw new OAuthError("invalid_grant", "The refresh token has expired.");
  if (params.scope !== undefined) {
    const requested = normalizeScope(params.scope);
    if (!requested.ok || !isScopeSubset(requested.scope, grant.scope))
      throw new OAuthError("invalid_scope", "A refresh cannot widen the granted scope.");
  }
  if (!(await isOrgAdmin(grant.accountId, grant.orgId)))
    throw new OAuthError(
      "invalid_grant",
      "The account that authorized is no longer an Admin (Read & Write) of the organization.",
    );

  const pair = newTokenPair(now);
  // Conditional on the presented hash: of two concurrent refreshes with one token, only one wins.
  const { count } = await prisma.oAuthToken.updateMany({
    where: { id: grant.id, refreshTokenHash: presentedHash, revokedAt: null },
    data: pair.stored,
  });
  if (count === 0) throw new OAuthError("invalid_grant", "The refresh token is not valid.");
  return tokenResponseBody(pair, grant.scope);
}
