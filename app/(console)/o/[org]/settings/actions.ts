"use server";
import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { setHelpDeskMaskedAttributes } from "@/lib/logs/help-desk-masking";
import { toFormState, type FormState } from "@/lib/errors/form-state";

export async function setMemberRoleAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const result = await setMemberRole({ orgId: ctx.org.id, ...values }, ctx.actor);
    revalidatePath(`/o/${orgSlug}/settings`);
    return { ok: true, message: result.previousRole ? `Role updated for ${values.email}.` : `${values.email} added.` };
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function saveHelpDeskMaskingAction(
  orgSlug: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { attributes: String(formData.get("attributes") ?? "") };
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const { attributes } = await setHelpDeskMaskedAttributes(ctx.org.id, values, ctx.actor);
    revalidatePath(`/o/${orgSlug}/settings`);
    return {
      ok: true,
      message: attributes.length
        ? `Masked for the help desk: ${attributes.join(", ")}.`
        : "The help desk sees full SCIM bodies.",
      values: { attributes: attributes.join(", ") },
    };
  } catch (error) {
    return toFormState(error, values);
  }
}
