"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/errors/form-state";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";

type Props = { action: (prev: FormState, data: FormData) => Promise<FormState>; days: number; canWrite: boolean };

/** How long log entries are kept; only an Admin (Read & Write) may change it, everyone else sees the value. */
export function RetentionForm({ action, days, canWrite }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  if (!canWrite)
    return (
      <p className="text-sm text-slate-600">
        Log entries older than <strong>{days} days</strong> are deleted automatically.
      </p>
    );
  const error = state.fieldErrors?.days?.join(" ");
  return (
    <form onSubmit={(e) => submitKeepingInput(e, formAction)} className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="retention-days" className="text-slate-700">
        Keep provisioning and inbound SCIM log entries for
      </label>
      <input
        id="retention-days"
        name="days"
        type="number"
        min={1}
        max={3650}
        required
        defaultValue={state.values?.days ?? days}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "retention-days-error" : undefined}
        className="w-24 rounded-md border border-slate-300 px-3 py-1.5"
      />
      <span className="text-slate-700">days.</span>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-white px-3 py-1.5 font-medium ring-1 ring-slate-300 hover:bg-slate-50"
      >
        Save retention
      </button>
      {error && (
        <span id="retention-days-error" className="text-red-700">
          {error}
        </span>
      )}
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-700" : "text-red-700"}>
          {state.message}
        </span>
      )}
    </form>
  );
}
