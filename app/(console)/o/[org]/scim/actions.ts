"use server";
import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { createScimToken } from "@/lib/scim-tokens/create-scim-token";
import { revokeScimToken } from "@/lib/scim-tokens/revoke-scim-token";
import { updateInboundSettings } from "@/lib/orgs/update-inbound-settings";
import { revokeGrant } from "@/lib/oauth/revoke-grant";
import { toFormState, type FormState } from "@/lib/errors/form-state";

export type TokenFormState = FormState & { token?: string };

export async function createTokenAction(
  orgSlug: string,
  _prev: TokenFormState,
  formData: FormData,
): Promise<TokenFormState> {
  const values = {
    name: String(formData.get("name") ?? ""),
    expiresInDays: String(formData.get("expiresInDays") ?? ""),
  };
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const created = await createScimToken(
      ctx.org.id,
      { name: values.name, expiresInDays: values.expiresInDays || undefined },
      ctx.actor,
    );
    revalidatePath(`/o/${orgSlug}/scim`);
    return {
      ok: true,
      message: `Token "${created.name}" created. Copy it now: it is not shown again.`,
      token: created.token,
    };
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function revokeTokenAction(orgSlug: string, tokenId: string, _prev: FormState): Promise<FormState> {
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const revoked = await revokeScimToken(ctx.org.id, tokenId, ctx.actor);
    revalidatePath(`/o/${orgSlug}/scim`);
    return { ok: true, message: `Token "${revoked.name}" revoked.` };
  } catch (error) {
    return toFormState(error);
  }
}

export async function saveInboundSettingsAction(
  orgSlug: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { inboundFailureEmail: String(formData.get("inboundFailureEmail") ?? "") };
  try {
    const ctx = await authorize(orgSlug, "config:write");
    await updateInboundSettings(
      ctx.org.id,
      { inboundEnabled: formData.get("inboundEnabled") === "on", inboundFailureEmail: values.inboundFailureEmail },
      ctx.actor,
    );
    revalidatePath(`/o/${orgSlug}/scim`);
    return { ok: true, message: "Inbound provisioning settings saved.", values };
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function revokeGrantAction(orgSlug: string, grantId: string, _prev: FormState): Promise<FormState> {
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const revoked = await revokeGrant(ctx.org.id, grantId, ctx.actor);
    revalidatePath(`/o/${orgSlug}/scim`);
    return { ok: true, message: `Authorization of "${revoked.clientName}" revoked.` };
  } catch (error) {
    return toFormState(error);
  }
}
