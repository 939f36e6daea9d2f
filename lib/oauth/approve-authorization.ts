// The consent decision. Allow: re-checks the role, issues a code and audits the grant; Deny: access_denied.
// Both return where to send the browser (the already-verified redirect URI).
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isOrgAdmin } from "./admin-organizations";
import { issueAuthorizationCode } from "./issue-authorization-code";
import { redirectWithParams } from "./redirect-uri";
import type { AuthorizationRequest } from "./authorization-request";

export const ADMIN_ONLY_MESSAGE = "Only an Admin (Read & Write) of an organization can authorize provisioning.";

export async function approveAuthorization(
  input: { request: AuthorizationRequest; orgId: string; account: { id: string; email: string } },
  now = new Date(),
): Promise<{ redirectTo: string; grantId: string }> {
  const { request, orgId, account } = input;
  if (!(await isOrgAdmin(account.id, orgId))) throw new AppError("forbidden", ADMIN_ONLY_MESSAGE);
  const { code, grantId } = await issueAuthorizationCode(
    {
      clientId: request.client.clientId,
      orgId,
      accountId: account.id,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      scope: request.scope,
    },
    now,
  );
  await recordAuditEvent({
    orgId,
    actor: { id: account.id, label: account.email },
    action: "oauth.grant.create",
    targetType: "oauthGrant",
    targetId: grantId,
    newValue: {
      client: request.client.name,
      clientId: request.client.clientId,
      scope: request.scope,
      redirectUri: request.redirectUri,
    },
  });
  return { redirectTo: redirectWithParams(request.redirectUri, { code, state: request.state }), grantId };
}

export function denyAuthorization(request: Pick<AuthorizationRequest, "redirectUri" | "state">): string {
  return redirectWithParams(request.redirectUri, {
    error: "access_denied",
    error_description: "The administrator denied the request.",
    state: request.state,
  });
}
