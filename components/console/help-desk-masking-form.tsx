"use client";
// The Settings page's "What the help desk sees" form (issue 15): attributes masked in SCIM bodies for the help desk.
import { useActionState } from "react";
import type { FormState } from "@/lib/errors/form-state";

type Props = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  attributes: string[];
  canWrite: boolean;
};

export function HelpDeskMaskingForm({ action, attributes, canWrite }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const current = attributes.length ? attributes.join(", ") : "";
  const summary = attributes.length ? (
    <>
      The help desk sees SCIM request and response bodies with <strong>{attributes.join(", ")}</strong> masked.
    </>
  ) : (
    <>The help desk sees full SCIM request and response bodies (nothing is masked).</>
  );
  if (!canWrite) return <p className="text-sm text-slate-700">{summary}</p>;
  const error = state.fieldErrors?.attributes?.join(" ") ?? state.fieldErrors?._?.join(" ");
  return (
    <form action={formAction} className="space-y-3 text-sm">
      <p className="text-slate-700">{summary} Admins always see full bodies.</p>
      <label htmlFor="help-desk-masked" className="block font-medium text-slate-700">
        Attributes masked for the help desk
      </label>
      <input
        id="help-desk-masked"
        name="attributes"
        type="text"
        defaultValue={state.values?.attributes ?? current}
        placeholder="employeeNumber, costCenter"
        aria-invalid={error ? true : undefined}
        aria-describedby="help-desk-masked-hint"
        className="w-full max-w-xl rounded-md border border-slate-300 px-3 py-2"
      />
      <p id="help-desk-masked-hint" className="text-xs [overflow-wrap:anywhere] text-slate-600">
        SCIM attribute names or paths, separated by commas (e.g. employeeNumber, or
        urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber). Leave empty to mask nothing.
      </p>
      {error && (
        <p className="text-red-700" role="alert">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-white px-3 py-1.5 font-medium ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Save masking
        </button>
        {state.message && !error && (
          <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-700" : "text-red-700"}>
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
