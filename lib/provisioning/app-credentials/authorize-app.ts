// The LogMeIn app's Authorize flow (PRODUCT.md §4–§5): the console sends the admin to /oauth/authorize with PKCE;
// Org Center's OAuth server redirects back with a code; it is exchanged (in process, at lib/oauth) for tokens that
// are stored sealed. The token's organization becomes the app's target.
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { authenticateBearer } from "@/lib/scim-tokens/authenticate-bearer";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { addRedirectUri } from "@/lib/oauth/add-redirect-uri";
import { s256Challenge } from "@/lib/oauth/pkce";
import { sealCredentials } from "./app-credentials";
import { credentialsFromTokenBody, tokenRequest } from "./oauth-tokens";
import { decryptSecret, encryptSecret } from "./secret-box";

const PENDING_TTL_MS = 15 * 60_000;

/** The callback on the host the admin uses (so the session cookie comes along), registered on the app's own client. */
async function redirectUriFor(
  app: { oauthClientId: string; oauthRedirectUri: string },
  origin: string | null,
): Promise<string> {
  if (!origin) return app.oauthRedirectUri;
  const uri = `${origin}${new URL(app.oauthRedirectUri).pathname}`;
  if (uri === app.oauthRedirectUri) return uri;
  return (await addRedirectUri(app.oauthClientId, uri)) ? uri : app.oauthRedirectUri;
}

type Pending = { verifier: string; redirectUri: string };

function readPending(sealed: string, fallbackRedirectUri: string): Pending {
  const opened = decryptSecret(sealed);
  // Pending requests from before the redirect URI was kept hold only the verifier.
  if (!opened.startsWith("{")) return { verifier: opened, redirectUri: fallbackRedirectUri };
  return JSON.parse(opened) as Pending;
}

/** Where to send the admin's browser (a path on this instance); `origin` is the host the admin uses. */
export async function startAuthorize(orgId: string, appId: string, origin: string | null = null): Promise<string> {
  const app = await prisma.enterpriseApp.findFirst({
    where: { id: appId, orgId },
    select: { id: true, kind: true, oauthClientId: true, oauthRedirectUri: true },
  });
  if (!app) throw new AppError("not_found", "Application not found.");
  if (app.kind !== "logmein" || !app.oauthClientId || !app.oauthRedirectUri)
    throw new AppError(
      "invalid_input",
      "Only the LogMeIn gallery app uses Authorize; custom apps take a Secret Token.",
    );
  const redirectUri = await redirectUriFor(
    { oauthClientId: app.oauthClientId, oauthRedirectUri: app.oauthRedirectUri },
    origin,
  );
  const verifier = crypto.randomBytes(32).toString("base64url");
  const state = crypto.randomBytes(24).toString("base64url");
  const pending: Pending = { verifier, redirectUri };
  await prisma.enterpriseApp.update({
    where: { id: app.id },
    data: {
      pendingAuthState: hashToken(state),
      pendingAuth: encryptSecret(JSON.stringify(pending)),
      pendingAuthExpires: new Date(Date.now() + PENDING_TTL_MS),
    },
  });
  const params = new URLSearchParams({
    response_type: "code",
    client_id: app.oauthClientId,
    redirect_uri: redirectUri,
    state,
    code_challenge: s256Challenge(verifier),
    code_challenge_method: "S256",
    scope: "scim offline_access",
  });
  return `/oauth/authorize?${params.toString()}`;
}

export type AuthorizeOutcome = { orgId: string; appId: string; ok: boolean; message: string };

/** The redirect back: exchanges the code (or records the refusal). Unknown or expired state → not_found. */
export async function completeAuthorize(
  params: { state?: string | null; code?: string | null; error?: string | null; errorDescription?: string | null },
  actor: Actor,
): Promise<AuthorizeOutcome> {
  if (!params.state) throw new AppError("not_found", "The authorization response has no state.");
  const app = await prisma.enterpriseApp.findUnique({ where: { pendingAuthState: hashToken(params.state) } });
  if (!app || !app.pendingAuth || !app.pendingAuthExpires || app.pendingAuthExpires <= new Date()) {
    throw new AppError(
      "not_found",
      "This authorization response does not match a pending Authorize (it expired or was already used). Start Authorize again.",
    );
  }
  const clear = { pendingAuthState: null, pendingAuth: null, pendingAuthExpires: null };
  if (params.error || !params.code) {
    await prisma.enterpriseApp.update({ where: { id: app.id }, data: clear });
    const why = params.errorDescription ?? params.error ?? "no authorization code came back";
    return { orgId: app.orgId, appId: app.id, ok: false, message: `Authorization did not complete: ${why}.` };
  }
  const { verifier, redirectUri } = readPending(app.pendingAuth, app.oauthRedirectUri!);
  const body = await tokenRequest({
    grant_type: "authorization_code",
    code: params.code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    client_id: app.oauthClientId!,
  });
  if (body.status !== 200 || !body.access_token) {
    await prisma.enterpriseApp.update({ where: { id: app.id }, data: clear });
    return {
      orgId: app.orgId,
      appId: app.id,
      ok: false,
      message: `The authorization code could not be exchanged: ${body.error_description ?? body.error ?? body.status}.`,
    };
  }
  const identity = await authenticateBearer(`Bearer ${body.access_token}`);
  const target = identity
    ? await prisma.organization.findUnique({ where: { id: identity.orgId }, select: { id: true, name: true } })
    : null;
  const credentials = credentialsFromTokenBody(body, app.oauthClientId!);
  await prisma.$transaction(async (tx) => {
    await tx.enterpriseApp.update({
      where: { id: app.id },
      data: {
        ...clear,
        credentials: sealCredentials(credentials),
        credentialsVersion: { increment: 1 },
        targetOrgId: target?.id ?? null,
        targetOrgName: target?.name ?? null,
      },
    });
    await tx.provisioningJob.update({ where: { appId: app.id }, data: { mode: "automatic" } });
    await recordAuditEvent(
      {
        orgId: app.orgId,
        actor,
        action: "app.authorize",
        targetType: "enterpriseApp",
        targetId: app.id,
        newValue: { targetOrganization: target?.name, scope: credentials.scope },
      },
      tx,
    );
  });
  return {
    orgId: app.orgId,
    appId: app.id,
    ok: true,
    message: `Authorized: ${app.name} provisions into ${target?.name ?? "the organization you chose"}.`,
  };
}

/** The app a pending Authorize belongs to (without consuming it), so the route can check the caller's role first. */
export async function findPendingAuthorize(state: string | null) {
  if (!state) return null;
  const app = await prisma.enterpriseApp.findUnique({
    where: { pendingAuthState: hashToken(state) },
    select: { id: true, orgId: true },
  });
  if (!app) return null;
  const org = await prisma.organization.findUnique({ where: { id: app.orgId }, select: { slug: true } });
  return org ? { appId: app.id, orgId: app.orgId, orgSlug: org.slug } : null;
}
