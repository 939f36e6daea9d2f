"use server";
// The provisioning page's server actions: Save, Test Connection, Authorize, Sync now, Restart, Allow deletes,
// Provision on demand. Each checks config:write; cycles they start run in this server process under the job's lease.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { requestOrigin } from "@/lib/http/request-origin";
import { startAuthorize } from "@/lib/provisioning/app-credentials/authorize-app";
import { allowDeletes, requestSync, restartProvisioning } from "@/lib/provisioning/provisioning-job/controls";
import { provisionOnDemand } from "@/lib/provisioning/provisioning-job/on-demand";
import { saveProvisioningSettings } from "@/lib/provisioning/provisioning-job/save-settings";
import { testConnection, type ConnectionResult } from "@/lib/provisioning/provisioning-job/test-connection";
import { claimAndStartInBackground, startInBackground } from "@/lib/provisioning/provisioning-job/background";
import type { LogDraft } from "@/lib/provisioning/engine/types";

const page = (org: string, appId: string) => `/o/${org}/apps/${appId}/provisioning`;
const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function saveProvisioningAction(
  org: string,
  appId: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const values = {
    mode: text(form, "mode"),
    tenantUrl: text(form, "tenantUrl"),
    notificationEmail: text(form, "notificationEmail"),
    deleteThreshold: text(form, "deleteThreshold"),
    scope: text(form, "scope"),
    intervalMinutes: text(form, "intervalMinutes"),
    status: text(form, "status"),
  };
  try {
    const ctx = await authorize(org, "config:write");
    const saved = await saveProvisioningSettings(
      ctx.org.id,
      appId,
      {
        mode: values.mode === "automatic" ? "automatic" : "manual",
        tenantUrl: values.tenantUrl,
        secretToken: text(form, "secretToken"),
        notificationEmail: values.notificationEmail,
        notifyOnFailure: form.get("notifyOnFailure") === "on",
        preventDeletes: form.get("preventDeletes") === "on",
        deleteThreshold: values.deleteThreshold,
        scope: values.scope === "all" ? "all" : "assigned",
        enabled: values.status === "on",
        intervalMinutes: values.intervalMinutes,
      },
      ctx.actor,
    );
    if (saved.turnedOn) startInBackground(saved.jobId, "manual");
    revalidatePath(page(org, appId));
    return {
      ok: true,
      message: saved.turnedOn
        ? "Saved. Provisioning is On: the initial cycle is starting."
        : saved.fullSyncNext
          ? "Saved. The scope changed: the next cycle is a full one."
          : "Saved.",
      values,
    };
  } catch (error) {
    return toFormState(error, values);
  }
}

export type TestState = FormState & { result?: ConnectionResult };

export async function testConnectionAction(
  org: string,
  appId: string,
  _prev: TestState,
  form: FormData,
): Promise<TestState> {
  try {
    const ctx = await authorize(org, "config:write");
    const result = await testConnection(ctx.org.id, appId, {
      tenantUrl: text(form, "tenantUrl") || undefined,
      secretToken: text(form, "secretToken") || undefined,
    });
    return { ok: result.ok, message: result.message, result };
  } catch (error) {
    return toFormState(error);
  }
}

export async function authorizeAction(org: string, appId: string): Promise<FormState> {
  let url: string;
  try {
    const ctx = await authorize(org, "config:write");
    url = await startAuthorize(ctx.org.id, appId, await requestOrigin());
  } catch (error) {
    return toFormState(error);
  }
  redirect(url);
}

export async function syncNowAction(org: string, appId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    const { jobId, followsRunning } = await requestSync(ctx.org.id, appId, ctx.actor);
    if (await claimAndStartInBackground(jobId, "manual")) return { ok: true, message: "Sync started." };
    return {
      ok: true,
      message: followsRunning
        ? "A cycle is already running, so no other was started. Another cycle follows when it finishes."
        : "A cycle is already running, so no other was started. Sync now again once it has finished.",
    };
  } catch (error) {
    return toFormState(error);
  }
}

export async function restartAction(org: string, appId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    await restartProvisioning(ctx.org.id, appId, ctx.actor);
    revalidatePath(page(org, appId));
    return {
      ok: true,
      message: "Provisioning restarted: the next cycle is an initial cycle (Sync now to run it at once).",
    };
  } catch (error) {
    return toFormState(error);
  }
}

export async function allowDeletesAction(org: string, appId: string): Promise<FormState> {
  try {
    const ctx = await authorize(org, "config:write");
    const r = await allowDeletes(ctx.org.id, appId, ctx.actor);
    startInBackground(r.jobId, "manual");
    revalidatePath(page(org, appId));
    return { ok: true, message: `Allowed the ${r.held} held deletion(s): a cycle is performing them.` };
  } catch (error) {
    return toFormState(error);
  }
}

export type OnDemandState = FormState & { entries?: LogDraft[] };

export async function onDemandAction(
  org: string,
  appId: string,
  _prev: OnDemandState,
  form: FormData,
): Promise<OnDemandState> {
  const values = { type: text(form, "type"), ref: text(form, "ref").trim(), members: text(form, "members") };
  try {
    const ctx = await authorize(org, "config:write");
    if (!values.ref)
      return {
        ok: false,
        message: "Enter a user principal name or a group name.",
        fieldErrors: { ref: ["Required."] },
        values,
      };
    const memberRefs = values.members
      .split(/[,;\s]+/)
      .map((m) => m.trim())
      .filter(Boolean);
    const { entries } = await provisionOnDemand(ctx.org.id, appId, {
      type: values.type === "group" ? "group" : "user",
      ref: values.ref,
      memberRefs,
    });
    revalidatePath(page(org, appId));
    return {
      ok: entries.every((e) => e.status !== "Failure"),
      message: `Provisioned on demand: ${entries.length} object(s).`,
      entries: JSON.parse(JSON.stringify(entries)),
      values,
    };
  } catch (error) {
    return toFormState(error, values);
  }
}
