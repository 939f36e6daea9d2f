// Test Connection (entra-scim.md E1): query a user that cannot exist, by a random GUID as userName, and expect 200
// with an empty ListResponse. Whatever else happens is reported precisely: what was sent, what came back, what to do.
import crypto from "node:crypto";
import { isAppError } from "@/lib/errors/app-error";
import { EngineError } from "../engine/diagnose";
import { findApp } from "../apps/find-app";
import { eqFilter } from "../scim-client/dialect";
import { createHttpTransport } from "../scim-client/http-transport";
import { parseTenantUrl, targetUrl } from "../scim-client/target-url";
import { privateTargetsAllowed } from "../scim-client/target-guard";
import { ScimTransportError, type ScimResponse } from "../scim-client/types";
import { openCredentials } from "../app-credentials/app-credentials";
import { currentAccessToken } from "../app-credentials/oauth-tokens";

export type ConnectionResult = {
  ok: boolean;
  message: string;
  request?: string;
  status?: number;
  durationMs?: number;
  body?: string;
};

export async function testConnection(
  orgId: string,
  appRef: string,
  unsaved: { tenantUrl?: string; secretToken?: string } = {},
): Promise<ConnectionResult> {
  const app = await findApp(orgId, appRef);
  const url = (app.kind === "custom" && unsaved.tenantUrl) || app.tenantUrl;
  if (!url) return { ok: false, message: "Enter the Tenant URL first." };
  let tenant;
  try {
    tenant = parseTenantUrl(url);
  } catch (error) {
    return { ok: false, message: isAppError(error) ? error.message : "The Tenant URL is not valid." };
  }
  let bearer: string;
  try {
    if (app.kind === "logmein") bearer = await currentAccessToken(app.id);
    else {
      const stored = openCredentials(app.credentials);
      const token = unsaved.secretToken || (stored?.type === "secret-token" ? stored.token : undefined);
      if (!token) return { ok: false, message: "Enter the Secret Token first." };
      bearer = token;
    }
  } catch (error) {
    return {
      ok: false,
      message: error instanceof EngineError ? `${error.message} ${error.recommendation}` : (error as Error).message,
    };
  }
  const query = { filter: eqFilter("userName", crypto.randomUUID()) };
  const request = `GET ${targetUrl(tenant, "/Users", query)}`;
  const transport = createHttpTransport({
    target: tenant,
    authorization: async () => `Bearer ${bearer}`,
    timeoutMs: 15_000,
    allowPrivate: app.kind === "logmein" || privateTargetsAllowed(),
  });
  let res: ScimResponse;
  try {
    res = await transport.send({ method: "GET", path: "/Users", query });
  } catch (error) {
    if (error instanceof ScimTransportError)
      return {
        ok: false,
        request,
        message:
          error.kind === "blocked"
            ? error.message
            : `${error.kind === "timeout" ? "The target did not answer" : "Org Center could not connect"}: ${error.message}`,
      };
    throw error;
  }
  return {
    request,
    status: res.status,
    durationMs: res.durationMs,
    body: res.text.slice(0, 500) || undefined,
    ...judge(res, tenant.base),
  };
}

function judge(res: ScimResponse, base: string): { ok: boolean; message: string } {
  const detail = (res.body as { detail?: string } | undefined)?.detail;
  const said = detail ? ` The target said: "${detail}".` : "";
  if (res.status === 401)
    return {
      ok: false,
      message: `The target refused the credentials (401 Unauthorized).${said} Check the Secret Token, or Authorize again.`,
    };
  if (res.status === 403)
    return {
      ok: false,
      message: `The credentials were accepted but the request was refused (403 Forbidden).${said} Check that this token may provision and that the target accepts provisioning.`,
    };
  if (res.status === 404)
    return {
      ok: false,
      message: `${base}/Users does not exist (404).${said} The Tenant URL must be the SCIM base that /Users is appended to, for example https://example.com/scim/v2.`,
    };
  if (res.status >= 300 && res.status < 400)
    return {
      ok: false,
      message: `The target answered with a redirect (${res.status}). Enter the final SCIM base URL as the Tenant URL.`,
    };
  if (res.status === 429)
    return { ok: false, message: "The target is rate-limiting (429 Too Many Requests). Try again shortly." };
  if (res.status >= 500)
    return {
      ok: false,
      message: `The target failed with ${res.status}.${said} Try again later or contact the target's owner.`,
    };
  if (res.status !== 200)
    return { ok: false, message: `Expected 200 with an empty ListResponse, got ${res.status}.${said}` };
  const body = res.body as { Resources?: unknown[]; totalResults?: number; schemas?: string[] } | undefined;
  if (!body || typeof body !== "object" || (!Array.isArray(body.Resources) && body.totalResults !== 0)) {
    return {
      ok: false,
      message: `The target answered 200 but not with a SCIM ListResponse (Content-Type ${res.contentType ?? "none"}). Check that the Tenant URL points at the SCIM service, not a web page.`,
    };
  }
  const found = body.totalResults ?? body.Resources?.length ?? 0;
  if (found > 0)
    return {
      ok: false,
      message: `The target returned ${found} user(s) for a userName that cannot exist: it ignores filters, so matching would fail.`,
    };
  const ct = res.contentType?.toLowerCase().includes("application/scim+json")
    ? ""
    : ` Note: the answer's Content-Type is ${res.contentType ?? "missing"} rather than application/scim+json.`;
  return {
    ok: true,
    message: `The supplied credentials are authorized to enable provisioning: GET /Users?filter=userName eq "<random GUID>" answered 200 with an empty ListResponse in ${res.durationMs} ms.${ct}`,
  };
}
