"use server";
import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { deleteView, saveView, type ViewKind } from "@/lib/logs/saved-views";
import { setLogRetentionDays } from "@/lib/logs/retention";

const pathOf = (orgSlug: string, kind: ViewKind) =>
  kind === "provisioning" ? `/o/${orgSlug}/logs` : `/o/${orgSlug}/logs/scim`;

/** Saved views are personal: anyone who may read the logs keeps their own (audited all the same). */
export async function saveViewAction(
  orgSlug: string,
  kind: ViewKind,
  query: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { name: String(formData.get("name") ?? "") };
  try {
    const ctx = await authorize(orgSlug, "logs:read");
    const view = await saveView(ctx.org.id, ctx.account.id, { kind, name: values.name, query }, ctx.actor);
    revalidatePath(pathOf(orgSlug, kind));
    return { ok: true, message: `View "${view.name}" saved.` };
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function deleteViewAction(orgSlug: string, viewId: string, _prev: FormState): Promise<FormState> {
  try {
    const ctx = await authorize(orgSlug, "logs:read");
    const view = await deleteView(ctx.org.id, ctx.account.id, viewId, ctx.actor);
    revalidatePath(pathOf(orgSlug, view.kind as ViewKind));
    return { ok: true, message: `View "${view.name}" deleted.` };
  } catch (error) {
    return toFormState(error);
  }
}

export async function saveRetentionAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = { days: String(formData.get("days") ?? "") };
  try {
    const ctx = await authorize(orgSlug, "config:write");
    const { days } = await setLogRetentionDays(ctx.org.id, values, ctx.actor);
    revalidatePath(`/o/${orgSlug}/logs`);
    return { ok: true, message: `Log entries are now kept ${days} days.`, values: { days: String(days) } };
  } catch (error) {
    return toFormState(error, values);
  }
}
