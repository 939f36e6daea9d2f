"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";

export function CreateAppForm({ action }: { action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const kind = state.values?.kind ?? "logmein";
  return (
    <form onSubmit={(e) => submitKeepingInput(e, formAction)} className="space-y-5" noValidate>
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">Application</legend>
        <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3 text-sm">
          <input type="radio" name="kind" value="logmein" defaultChecked={kind === "logmein"} className="mt-1" />
          <span>
            <strong>LogMeIn</strong> (gallery) — provisions into an organization of this Org Center. Credentials come
            from <em>Authorize</em>: you sign in and consent.
          </span>
        </label>
        <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3 text-sm">
          <input type="radio" name="kind" value="custom" defaultChecked={kind === "custom"} className="mt-1" />
          <span>
            <strong>Custom SCIM app</strong> — any SCIM 2.0 server, with a Tenant URL and a Secret Token.
          </span>
        </label>
      </fieldset>
      <Field
        label="Name"
        name="name"
        defaultValue={state.values?.name ?? "LogMeIn"}
        errors={state.fieldErrors?.name}
        required
        className="max-w-md"
      />
      <Button type="submit" disabled={pending}>
        Create
      </Button>
    </form>
  );
}
