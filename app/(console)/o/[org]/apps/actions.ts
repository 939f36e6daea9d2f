"use server";
// Enterprise app console mutations: create and delete apps, assign and unassign users and groups.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { publicBaseUrl } from "@/lib/console/public-url";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { assignPrincipal, unassign } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { deleteApp } from "@/lib/provisioning/apps/find-app";

export async function createAppAction(org: string, _prev: FormState, form: FormData): Promise<FormState> {
  const values = { name: String(form.get("name") ?? ""), kind: String(form.get("kind") ?? "logmein") };
  let id: string;
  try {
    const ctx = await authorize(org, "config:write");
    id = (
      await createApp(
        ctx.org.id,
        { name: values.name, kind: values.kind === "custom" ? "custom" : "logmein" },
        { baseUrl: await publicBaseUrl(), actor: ctx.actor },
      )
    ).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidatePath(`/o/${org}/apps`);
  redirect(`/o/${org}/apps/${id}/provisioning`);
}

export async function deleteAppAction(org: string, appId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    await deleteApp(ctx.org.id, appId, ctx.actor);
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(`/o/${org}/apps`);
  redirect(`/o/${org}/apps`);
}

export async function assignAction(org: string, appId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const values = { type: String(form.get("type") ?? "group"), ref: String(form.get("ref") ?? "").trim() };
  try {
    const ctx = await authorize(org, "config:write");
    if (!values.ref)
      return {
        ok: false,
        message: "Enter a user principal name or a group name.",
        fieldErrors: { ref: ["Required."] },
        values,
      };
    const r = await assignPrincipal(
      ctx.org.id,
      appId,
      { type: values.type === "user" ? "user" : "group", ref: values.ref },
      ctx.actor,
    );
    revalidatePath(`/o/${org}/apps/${appId}/users-groups`);
    return {
      ok: true,
      message: r.changed ? `Assigned ${r.principalType} ${r.name}.` : `${r.name} is already assigned.`,
    };
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function unassignAction(org: string, appId: string, assignmentId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    const r = await unassign(ctx.org.id, appId, assignmentId, ctx.actor);
    revalidatePath(`/o/${org}/apps/${appId}/users-groups`);
    return { ok: true, message: `Removed ${r.name}.` };
  } catch (error) {
    return toFormState(error);
  }
}
