// The authorization endpoint (RFC 6749 §3.1): validates the request, sends signed-out visitors to sign-in,
// and shows the consent screen. Client and redirect URI problems are shown here, never redirected.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getSessionAccount } from "@/lib/auth/session";
import { listAdminOrganizations } from "@/lib/oauth/admin-organizations";
import { ADMIN_ONLY_MESSAGE } from "@/lib/oauth/approve-authorization";
import { validateAuthorizationRequest, type RawParams } from "@/lib/oauth/authorization-request";
import { signInPathFor } from "@/lib/oauth/authorize-url";
import { SCOPE_DESCRIPTION } from "@/lib/oauth/constants";
import { findClient } from "@/lib/oauth/find-client";
import { redirectWithParams } from "@/lib/oauth/redirect-uri";
import { decideAuthorizationAction } from "./actions";
import { ConsentForm } from "./consent-form";
import { SwitchAccountButton } from "./switch-account-button";

export const metadata: Metadata = { title: "Authorize" };

export default async function AuthorizePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const validation = await validateAuthorizationRequest(params, findClient);
  if (validation.kind === "invalid-client") {
    return (
      <div>
        <h1 className="text-xl font-semibold">This authorization request is not valid</h1>
        <div className="mt-4">
          <Alert tone="error">{validation.message}</Alert>
        </div>
        <p className="mt-4 text-sm text-slate-700">
          Go back to the application and start again, or ask its administrator to check how it is registered with Org
          Center.
        </p>
      </div>
    );
  }
  if (validation.kind === "redirect-error") {
    redirect(
      redirectWithParams(validation.redirectUri, {
        error: validation.error,
        error_description: validation.description,
        state: validation.state,
      }),
    );
  }
  const account = await getSessionAccount();
  if (!account) redirect(signInPathFor(params));

  const { request } = validation;
  const orgs = await listAdminOrganizations(account.id);
  const hidden = {
    response_type: "code",
    client_id: request.client.clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: "S256",
    scope: request.scope,
  };
  return (
    <div>
      <h1 className="text-xl font-semibold">Connect {request.client.name} to Org Center</h1>
      <p className="mt-2 text-sm text-slate-600">
        Signed in as <strong>{account.email}</strong>
        {orgs.length > 0 && " · "}
        {orgs.length > 0 && (
          <SwitchAccountButton signInPath={signInPathFor(params)} label="Use another account" asLink />
        )}
      </p>
      {orgs.length === 0 ? (
        <div className="mt-6 space-y-4">
          <Alert tone="warning">{ADMIN_ONLY_MESSAGE}</Alert>
          <p className="text-sm text-slate-700">
            This account is not an Admin (Read &amp; Write) of any organization. Sign in with an administrator account,
            or ask an administrator to authorize {request.client.name}.
          </p>
          <SwitchAccountButton signInPath={signInPathFor(params)} label="Sign in with another account" />
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-700">
          {request.client.name} is asking to provision users and groups into your organization.
        </p>
      )}
      <ConsentForm
        action={decideAuthorizationAction}
        hidden={hidden}
        orgs={orgs}
        clientName={request.client.name}
        grantDescription={SCOPE_DESCRIPTION}
      />
    </div>
  );
}
