"use server";
// Source directory console mutations: users, groups, members, CSV import. Each checks config:write on the server.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { findSourceUser } from "@/lib/source-directory/find-source-principal";
import { importDirectoryCsv, type ImportResult } from "@/lib/source-directory/import-directory";
import {
  createSourceGroup,
  deleteSourceGroup,
  setGroupMembership,
  updateSourceGroup,
} from "@/lib/source-directory/save-source-group";
import { createSourceUser, deleteSourceUser, updateSourceUser } from "@/lib/source-directory/save-source-user";
import { USER_FIELDS } from "@/lib/source-directory/schemas";

const base = (org: string) => `/o/${org}/source-directory`;

function userValues(form: FormData) {
  const values: Record<string, string> = {};
  for (const f of ["objectId", ...USER_FIELDS]) if (f !== "accountEnabled") values[f] = String(form.get(f) ?? "");
  return values;
}

export async function saveSourceUserAction(
  org: string,
  userId: string | null,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const values = userValues(form);
  let id: string;
  try {
    const ctx = await authorize(org, "config:write");
    const input = {
      ...values,
      userPrincipalName: values.userPrincipalName ?? "",
      displayName: values.displayName ?? "",
      accountEnabled: form.get("accountEnabled") === "on",
    };
    id = userId
      ? (await updateSourceUser(ctx.org.id, userId, input, ctx.actor)).id
      : (await createSourceUser(ctx.org.id, input, ctx.actor)).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidatePath(`${base(org)}/users`);
  redirect(`${base(org)}/users/${id}?saved=1`);
}

export async function deleteSourceUserAction(org: string, userId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    await deleteSourceUser(ctx.org.id, userId, ctx.actor);
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(`${base(org)}/users`);
  redirect(`${base(org)}/users`);
}

export async function saveSourceGroupAction(
  org: string,
  groupId: string | null,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const values = {
    objectId: String(form.get("objectId") ?? ""),
    displayName: String(form.get("displayName") ?? ""),
    description: String(form.get("description") ?? ""),
    mailNickname: String(form.get("mailNickname") ?? ""),
  };
  let id: string;
  try {
    const ctx = await authorize(org, "config:write");
    id = groupId
      ? (await updateSourceGroup(ctx.org.id, groupId, values, ctx.actor)).id
      : (await createSourceGroup(ctx.org.id, values, ctx.actor)).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidatePath(`${base(org)}/groups`);
  redirect(`${base(org)}/groups/${id}?saved=1`);
}

export async function deleteSourceGroupAction(org: string, groupId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    await deleteSourceGroup(ctx.org.id, groupId, ctx.actor);
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(`${base(org)}/groups`);
  redirect(`${base(org)}/groups`);
}

export async function addMemberAction(
  org: string,
  groupId: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { member: String(form.get("member") ?? "") };
  try {
    const ctx = await authorize(org, "config:write");
    const user = await findSourceUser(ctx.org.id, values.member);
    const r = await setGroupMembership(ctx.org.id, groupId, { add: [user.id] }, ctx.actor);
    revalidatePath(`${base(org)}/groups/${groupId}`);
    return {
      ok: true,
      message: r.added ? `Added ${user.userPrincipalName}.` : `${user.userPrincipalName} is already a member.`,
    };
  } catch (error) {
    return toFormState(error, values);
  }
}

export async function removeMemberAction(org: string, groupId: string, userId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    await setGroupMembership(ctx.org.id, groupId, { remove: [userId] }, ctx.actor);
    revalidatePath(`${base(org)}/groups/${groupId}`);
    return { ok: true, message: "Removed." };
  } catch (error) {
    return toFormState(error);
  }
}

export type ImportState = FormState & { result?: ImportResult };
const MAX_UPLOAD = 20 * 1024 * 1024;

export async function importDirectoryAction(org: string, _prev: ImportState, form: FormData): Promise<ImportState> {
  try {
    const ctx = await authorize(org, "config:write");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV file to import." };
    if (file.size > MAX_UPLOAD) return { ok: false, message: "The file is larger than 20 MB." };
    const result = await importDirectoryCsv(ctx.org.id, await file.text(), ctx.actor);
    if (!result.applied)
      return {
        ok: false,
        message: `${result.errors.length} error(s) in ${file.name}: nothing was imported. Fix the rows below and import again.`,
        result,
      };
    revalidatePath(`${base(org)}/users`);
    return {
      ok: true,
      message: `Imported ${result.rows} row(s): ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged; ${result.groupsCreated} group(s) created.`,
      result,
    };
  } catch (error) {
    return toFormState(error);
  }
}
