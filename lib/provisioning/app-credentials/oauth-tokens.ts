// The LogMeIn app's OAuth tokens: exchanged and refreshed at Org Center's own authorization server (lib/oauth, in
// process), stored sealed, refreshed before they expire. Refresh tokens rotate, so a refresh is compare-and-swap
// on credentialsVersion: of two racing refreshes the loser re-reads the winner's tokens.
import { prisma } from "@/lib/db/client";
import { handleTokenRequest } from "@/lib/oauth/handle-token-request";
import { EngineError } from "../engine/diagnose";
import { openCredentials, sealCredentials, type OAuthCredentials } from "./app-credentials";

const REFRESH_MARGIN_MS = 5 * 60_000;

type TokenBody = {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
};

export async function tokenRequest(params: Record<string, string>): Promise<TokenBody & { status: number }> {
  const response = await handleTokenRequest({
    authorization: null,
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, ...(response.body as TokenBody) };
}

export function credentialsFromTokenBody(body: TokenBody, clientId: string, now = Date.now()): OAuthCredentials {
  return {
    type: "oauth",
    accessToken: body.access_token!,
    refreshToken: body.refresh_token!,
    expiresAt: new Date(now + (body.expires_in ?? 3600) * 1000).toISOString(),
    scope: body.scope ?? "scim",
    clientId,
  };
}

/** A valid access token for the app, refreshed when it expires within five minutes. */
export async function currentAccessToken(appId: string, now = Date.now()): Promise<string> {
  const app = await prisma.enterpriseApp.findUnique({
    where: { id: appId },
    select: { credentials: true, credentialsVersion: true },
  });
  const creds = openCredentials(app?.credentials);
  if (!creds || creds.type !== "oauth")
    throw new EngineError(
      "CredentialsMissing",
      "The app has no authorization yet.",
      "Choose Authorize on the provisioning page and sign in as an Admin (Read & Write) of the target organization.",
      true,
    );
  if (Date.parse(creds.expiresAt) - now > REFRESH_MARGIN_MS) return creds.accessToken;
  const body = await tokenRequest({
    grant_type: "refresh_token",
    refresh_token: creds.refreshToken,
    client_id: creds.clientId,
  });
  if (body.status !== 200 || !body.access_token) {
    const again = await prisma.enterpriseApp.findUnique({
      where: { id: appId },
      select: { credentials: true, credentialsVersion: true },
    });
    const theirs = openCredentials(again?.credentials);
    if (again && again.credentialsVersion !== app!.credentialsVersion && theirs?.type === "oauth")
      return theirs.accessToken;
    throw new EngineError(
      "CredentialsExpired",
      `Refreshing the authorization failed: ${body.error ?? body.status}${body.error_description ? ` (${body.error_description})` : ""}.`,
      "The authorization was revoked or has expired. Choose Authorize on the provisioning page again.",
      true,
    );
  }
  const fresh = credentialsFromTokenBody(body, creds.clientId, now);
  const { count } = await prisma.enterpriseApp.updateMany({
    where: { id: appId, credentialsVersion: app!.credentialsVersion },
    data: { credentials: sealCredentials(fresh), credentialsVersion: { increment: 1 } },
  });
  if (count === 1) return fresh.accessToken;
  return currentAccessToken(appId, now);
}
