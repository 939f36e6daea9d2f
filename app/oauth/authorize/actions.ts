"use server";
// Allow / Deny on the consent screen. Everything is checked again here: the request, the session, the role.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getSessionAccount } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { validateAuthorizationRequest } from "@/lib/oauth/authorization-request";
import { approveAuthorization, denyAuthorization } from "@/lib/oauth/approve-authorization";
import { authorizationParamsFromForm, signInPathFor } from "@/lib/oauth/authorize-url";
import { findClient } from "@/lib/oauth/find-client";
import { redirectWithParams } from "@/lib/oauth/redirect-uri";

const ZConsentDecision = z.object({
  decision: z.enum(["allow", "deny"]),
  orgId: z.string().min(1).optional(),
});

export async function decideAuthorizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const params = authorizationParamsFromForm(formData);
  const validation = await validateAuthorizationRequest(params, findClient);
  if (validation.kind === "invalid-client") return { ok: false, message: validation.message };
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

  const decision = ZConsentDecision.safeParse({
    decision: formData.get("decision"),
    orgId: formData.get("orgId") || undefined,
  });
  if (!decision.success) return { ok: false, message: "Choose an organization, then Allow or Deny." };
  let target: string;
  if (decision.data.decision === "deny") {
    target = denyAuthorization(validation.request);
  } else {
    if (!decision.data.orgId) return { ok: false, message: "Choose the organization to connect." };
    try {
      target = (await approveAuthorization({ request: validation.request, orgId: decision.data.orgId, account }))
        .redirectTo;
    } catch (error) {
      return toFormState(error);
    }
  }
  redirect(target);
}
