"use server";
import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { toFormState, type FormState } from "@/lib/errors/form-state";

export async function setMemberRoleAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const result = await setMemberRole({ orgId: ctx.org.id, ...values }, { id: ctx.account.id, label: ctx.account.email });
    revalidatePath(`/o/${orgSlug}/settings`);
    return { ok: true, message: result.previousRole ? `Role updated for ${values.email}.` : `${values.email} added.` };
  } catch (error) {
    return toFormState(error, values);
  }
}
