"use client";
// The provisioning page's form (PRODUCT.md §5): Provisioning Mode, Admin Credentials with Test Connection (and
// Authorize for LogMeIn), Settings (notification email, accidental deletions, scope, interval), Provisioning Status.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CYCLE_REQUESTED_EVENT } from "@/components/provisioning/provisioning-progress";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";
import type { FormState } from "@/lib/errors/form-state";
import type { ConnectionResult } from "@/lib/provisioning/provisioning-job/test-connection";

type TestState = FormState & { result?: ConnectionResult };
type Settings = {
  mode: string;
  enabled: boolean;
  scope: string;
  notificationEmail: string | null;
  notifyOnFailure: boolean;
  preventDeletes: boolean;
  deleteThreshold: number;
  intervalMinutes: number;
};
type Props = {
  kind: string;
  tenantUrl: string | null;
  credentials: { present: boolean; kind?: string; hint?: string; error?: string };
  targetOrgName: string | null;
  settings: Settings;
  canWrite: boolean;
  save: (prev: FormState, data: FormData) => Promise<FormState>;
  test: (prev: TestState, data: FormData) => Promise<TestState>;
  authorize: (data: FormData) => Promise<void>;
};

const select = "mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <fieldset className="space-y-4 border-t border-slate-200 pt-5">
    <legend className="pr-3 text-base font-semibold">{title}</legend>
    {children}
  </fieldset>
);

export function ProvisioningSettingsForm(p: Props) {
  const [saved, saveAction, saving] = useActionState(async (prev: FormState, data: FormData) => {
    const r = await p.save(prev, data);
    // Saving may start a cycle (status On): the status panel watches for it at once.
    if (r.ok) window.dispatchEvent(new Event(CYCLE_REQUESTED_EVENT));
    return r;
  }, {});
  const [tested, testAction, testing] = useActionState(p.test, {});
  const v = (name: string, fallback: string) => saved.values?.[name] ?? fallback;
  const [mode, setMode] = useState(v("mode", p.settings.mode));
  const disabled = !p.canWrite;
  return (
    // Save and Test Connection are submitted without React's form reset (nothing typed is lost, whatever the answer);
    // Authorize navigates away, so it keeps its own form action.
    <form
      onSubmit={(e) => {
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        if (submitter?.dataset.intent === "authorize") return;
        submitKeepingInput(e, submitter?.dataset.intent === "test" ? testAction : saveAction);
      }}
      className="space-y-6"
      noValidate
    >
      <div>
        <label htmlFor="prov-mode" className="block text-sm font-medium text-slate-700">
          Provisioning Mode
        </label>
        <select
          id="prov-mode"
          name="mode"
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          disabled={disabled}
          className={select}
        >
          <option value="manual">Manual</option>
          <option value="automatic">Automatic</option>
        </select>
      </div>
      {mode === "automatic" && (
        <Section title="Admin Credentials">
          {p.kind === "logmein" ? (
            <div className="space-y-2 text-sm">
              <p>
                Tenant URL: <code>{p.tenantUrl}</code>
              </p>
              <p>
                {p.credentials.present ? (
                  <>
                    Authorized
                    {p.targetOrgName ? (
                      <>
                        {" "}
                        into <strong>{p.targetOrgName}</strong>
                      </>
                    ) : null}
                    . Authorize again to use another account or organization.
                  </>
                ) : (
                  "Not authorized yet: Authorize signs you in to Org Center and asks for your consent."
                )}
              </p>
              {p.credentials.error && (
                <p role="alert" className="text-red-700">
                  {p.credentials.error}
                </p>
              )}
              <Button
                type="submit"
                formAction={p.authorize}
                data-intent="authorize"
                variant="secondary"
                disabled={disabled}
              >
                Authorize
              </Button>
            </div>
          ) : (
            <>
              <Field
                label="Tenant URL"
                name="tenantUrl"
                type="url"
                defaultValue={v("tenantUrl", p.tenantUrl ?? "")}
                errors={saved.fieldErrors?.tenantUrl}
                disabled={disabled}
                className="max-w-2xl"
                hint="The SCIM base URL, e.g. https://example.com/scim/v2 (append ?aadOptscim062020 for the RFC 7644 PATCH dialect)."
              />
              <Field
                label="Secret Token"
                name="secretToken"
                type="password"
                autoComplete="off"
                errors={saved.fieldErrors?.secretToken}
                disabled={disabled}
                className="max-w-2xl"
                placeholder={
                  p.credentials.present ? `Stored (${p.credentials.hint ?? "hidden"}); leave empty to keep it` : ""
                }
              />
            </>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" data-intent="test" variant="secondary" disabled={disabled || testing}>
              {testing ? "Testing…" : "Test Connection"}
            </Button>
          </div>
          {tested.message && (
            <div
              role={tested.ok ? "status" : "alert"}
              className={`rounded-md border px-4 py-3 text-sm ${tested.ok ? "border-green-200 bg-green-50 text-green-800" : "border-red-200 bg-red-50 text-red-800"}`}
            >
              <p className="font-medium">{tested.ok ? "Test Connection succeeded" : "Test Connection failed"}</p>
              <p className="mt-1">{tested.message}</p>
              {tested.result?.request && (
                <p className="mt-2 font-mono text-xs break-all">
                  {tested.result.request}
                  {tested.result.status ? ` → ${tested.result.status}` : ""}
                  {tested.result.durationMs !== undefined ? ` (${tested.result.durationMs} ms)` : ""}
                </p>
              )}
              {!tested.ok && tested.result?.body && (
                <pre className="mt-2 max-h-40 overflow-auto text-xs break-all whitespace-pre-wrap">
                  {tested.result.body}
                </pre>
              )}
            </div>
          )}
        </Section>
      )}
      <Section title="Settings">
        <Field
          label="Notification Email"
          name="notificationEmail"
          type="email"
          defaultValue={v("notificationEmail", p.settings.notificationEmail ?? "")}
          errors={saved.fieldErrors?.notificationEmail}
          disabled={disabled}
          className="max-w-md"
        />
        <label className="flex items-center gap-3 text-sm">
          <input
            type="checkbox"
            name="notifyOnFailure"
            defaultChecked={p.settings.notifyOnFailure}
            disabled={disabled}
            className="h-4 w-4 rounded border-slate-300"
          />
          Send an email notification when a failure occurs
        </label>
        <label className="flex items-center gap-3 text-sm">
          <input
            type="checkbox"
            name="preventDeletes"
            defaultChecked={p.settings.preventDeletes}
            disabled={disabled}
            className="h-4 w-4 rounded border-slate-300"
          />
          Prevent accidental deletions
        </label>
        <Field
          label="Accidental deletion threshold"
          name="deleteThreshold"
          type="number"
          min={1}
          defaultValue={v("deleteThreshold", String(p.settings.deleteThreshold))}
          errors={saved.fieldErrors?.deleteThreshold}
          disabled={disabled}
          className="max-w-xs"
          hint="A cycle that would disable or delete more objects than this holds them until you allow it."
        />
        <div>
          <label htmlFor="prov-scope" className="block text-sm font-medium text-slate-700">
            Scope
          </label>
          <select
            id="prov-scope"
            name="scope"
            defaultValue={v("scope", p.settings.scope)}
            disabled={disabled}
            className={select}
          >
            <option value="assigned">Sync only assigned users and groups</option>
            <option value="all">Sync all users and groups</option>
          </select>
        </div>
        <Field
          label="Provisioning interval (minutes)"
          name="intervalMinutes"
          type="number"
          min={1}
          max={1440}
          defaultValue={v("intervalMinutes", String(p.settings.intervalMinutes))}
          errors={saved.fieldErrors?.intervalMinutes}
          disabled={disabled}
          className="max-w-xs"
        />
      </Section>
      <Section title="Provisioning Status">
        <div className="flex gap-6 text-sm" role="radiogroup" aria-label="Provisioning Status">
          {(["on", "off"] as const).map((s) => (
            <label key={s} className="flex items-center gap-2">
              <input
                type="radio"
                name="status"
                value={s}
                defaultChecked={(saved.values?.status ?? (p.settings.enabled ? "on" : "off")) === s}
                disabled={disabled}
              />
              {s === "on" ? "On" : "Off"}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-600">Off stops scheduling; a cycle that is running finishes first.</p>
      </Section>
      {p.canWrite && (
        <div className="flex items-center gap-3 border-t border-slate-200 pt-5">
          <Button type="submit" data-intent="save" disabled={saving}>
            Save
          </Button>
          {saved.message && (
            <span
              role={saved.ok ? "status" : "alert"}
              className={`text-sm ${saved.ok ? "text-green-700" : "text-red-700"}`}
            >
              {saved.message}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
