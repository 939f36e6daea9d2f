// A fresh access/refresh token pair: opaque random strings, stored only as hashes (authenticateBearer's contract).
import { hashToken, newSecret } from "@/lib/scim-tokens/token-hash";
import { ACCESS_TOKEN_PREFIX, ACCESS_TOKEN_TTL_SECONDS, REFRESH_TOKEN_PREFIX, REFRESH_TOKEN_TTL_MS } from "./constants";

export type TokenPair = {
  accessToken: string;
  refreshToken: string;
  stored: { accessTokenHash: string; refreshTokenHash: string; expiresAt: Date; refreshExpiresAt: Date };
};

export function newTokenPair(now: Date): TokenPair {
  const accessToken = newSecret(ACCESS_TOKEN_PREFIX);
  const refreshToken = newSecret(REFRESH_TOKEN_PREFIX);
  return {
    accessToken,
    refreshToken,
    stored: {
      accessTokenHash: hashToken(accessToken),
      refreshTokenHash: hashToken(refreshToken),
      expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
      refreshExpiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    },
  };
}

export type TokenResponseBody = {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
  scope: string;
};

export function tokenResponseBody(pair: TokenPair, scope: string): TokenResponseBody {
  return {
    access_token: pair.accessToken,
    token_type: "Bearer",
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    refresh_token: pair.refreshToken,
    scope,
  };
}
