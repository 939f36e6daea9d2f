// grant_type=authorization_code (RFC 6749 §4.1.3 with PKCE, RFC 7636 §4.5). A code works once; presenting it
// again revokes the tokens issued from it (RFC 6749 §4.1.2).
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { isOrgAdmin } from "./admin-organizations";
import type { AuthenticatedClient } from "./authenticate-client";
import type { FormParams } from "./form-body";
import { newTokenPair, tokenResponseBody, type TokenResponseBody } from "./issue-tokens";
import { OAuthError } from "./oauth-error";
import { verifyPkceS256 } from "./pkce";
import { markGrantRevoked } from "./revoke-grant";

const REPLAY_ACTOR = { id: null, label: "Org Center (authorization code presented twice)" };

export async function exchangeAuthorizationCode(
  client: AuthenticatedClient,
  params: FormParams,
  now = new Date(),
): Promise<TokenResponseBody> {
  const { code, redirect_uri: redirectUri, code_verifier: verifier } = params;
  if (!code) throw new OAuthError("invalid_request", "code is required.");
  if (!redirectUri) throw new OAuthError("invalid_request", "redirect_uri is required.");
  if (!verifier) throw new OAuthError("invalid_request", "code_verifier is required (PKCE).");

  const row = await prisma.oAuthCode.findUnique({ where: { codeHash: hashToken(code) } });
  if (!row) throw new OAuthError("invalid_grant", "The authorization code is not valid.");
  if (row.usedAt) {
    await markGrantRevoked(row.id, REPLAY_ACTOR, "authorization code used twice", now);
    throw new OAuthError(
      "invalid_grant",
      "The authorization code was already used; the tokens issued from it are revoked.",
    );
  }
  if (row.clientId !== client.clientId)
    throw new OAuthError("invalid_grant", "The authorization code was issued to another client.");
  if (row.expiresAt <= now) throw new OAuthError("invalid_grant", "The authorization code has expired.");
  if (row.redirectUri !== redirectUri)
    throw new OAuthError("invalid_grant", "redirect_uri does not match the authorization request.");
  if (!verifyPkceS256(verifier, row.codeChallenge))
    throw new OAuthError("invalid_grant", "code_verifier does not match the code challenge.");
  if (!(await isOrgAdmin(row.accountId, row.orgId)))
    throw new OAuthError(
      "invalid_grant",
      "The account that authorized is no longer an Admin (Read & Write) of the organization.",
    );

  const pair = newTokenPair(now);
  const claimed = await prisma.$transaction(async (tx) => {
    // The conditional update is the single-use guarantee when two exchanges race.
    const { count } = await tx.oAuthCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.oAuthToken.create({
      data: {
        id: row.id,
        ...pair.stored,
        clientId: row.clientId,
        orgId: row.orgId,
        accountId: row.accountId,
        scope: row.scope,
        createdAt: now,
      },
    });
    return true;
  });
  if (!claimed) {
    await markGrantRevoked(row.id, REPLAY_ACTOR, "authorization code used twice", now);
    throw new OAuthError(
      "invalid_grant",
      "The authorization code was already used; the tokens issued from it are revoked.",
    );
  }
  return tokenResponseBody(pair, row.scope);
}
