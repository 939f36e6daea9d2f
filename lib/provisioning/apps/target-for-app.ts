// The SCIM target of an app: its Tenant URL (dialect from aadOptscim062020), its credentials as the bearer token,
// the HTTP transport with retries and the per-target limit. The LogMeIn app targets this instance itself, so its
// private (loopback) address is allowed explicitly; custom apps need PROVISIONING_ALLOW_PRIVATE_TARGETS=1 for that.
import { EngineError } from "../engine/diagnose";
import { openCredentials } from "../app-credentials/app-credentials";
import { currentAccessToken } from "../app-credentials/oauth-tokens";
import { createScimTransport } from "../scim-client/create-transport";
import type { RetryPolicy } from "../scim-client/retry";
import { createScimTarget, type ScimTarget } from "../scim-client/scim-target";
import { privateTargetsAllowed } from "../scim-client/target-guard";
import { parseTenantUrl, type TenantTarget } from "../scim-client/target-url";

export type AppTargetInput = { id: string; kind: string; tenantUrl: string | null; credentials: string | null };

const MISSING_RECOMMENDATION =
  "Enter the Admin Credentials on the provisioning page (Tenant URL and Secret Token, or Authorize), use Test Connection, then Save.";

export function targetForApp(
  app: AppTargetInput,
  options: { retry?: RetryPolicy; timeoutMs?: number; secretToken?: string; tenantUrl?: string } = {},
): { target: ScimTarget; tenant: TenantTarget } {
  const url = options.tenantUrl ?? app.tenantUrl;
  if (!url) throw new EngineError("CredentialsMissing", "The app has no Tenant URL.", MISSING_RECOMMENDATION, true);
  const tenant = parseTenantUrl(url);
  let authorization: () => Promise<string>;
  if (app.kind === "logmein") {
    authorization = async () => `Bearer ${await currentAccessToken(app.id)}`;
  } else {
    let token = options.secretToken;
    if (!token) {
      let creds;
      try {
        creds = openCredentials(app.credentials);
      } catch (error) {
        throw new EngineError(
          "CredentialsUnreadable",
          (error as Error).message,
          "Enter the Secret Token again on the provisioning page and Save.",
          true,
        );
      }
      if (!creds || creds.type !== "secret-token")
        throw new EngineError("CredentialsMissing", "The app has no Secret Token.", MISSING_RECOMMENDATION, true);
      token = creds.token;
    }
    authorization = async () => `Bearer ${token}`;
  }
  const transport = createScimTransport({
    target: tenant,
    authorization,
    allowPrivate: app.kind === "logmein" || privateTargetsAllowed(),
    retry: options.retry,
    timeoutMs: options.timeoutMs,
  });
  return { target: createScimTarget(transport, tenant.dialect), tenant };
}
