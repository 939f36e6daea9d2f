"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";

type Props = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  enabled: boolean;
  failureEmail: string | null;
  disabled: boolean;
};

export function InboundSettingsForm({ action, enabled, failureEmail, disabled }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form onSubmit={(e) => submitKeepingInput(e, formAction)} className="space-y-4" noValidate>
      <label className="flex items-center gap-3 text-sm">
        <input
          type="checkbox"
          name="inboundEnabled"
          defaultChecked={enabled}
          disabled={disabled}
          className="h-4 w-4 rounded border-slate-300"
        />
        <span>
          <strong>Accept inbound provisioning</strong> (when off, SCIM requests are answered 403 with a clear message)
        </span>
      </label>
      <Field
        label="Notify this address when inbound requests fail"
        name="inboundFailureEmail"
        type="email"
        disabled={disabled}
        defaultValue={state.values?.inboundFailureEmail ?? failureEmail ?? ""}
        errors={state.fieldErrors?.inboundFailureEmail}
        className="max-w-md"
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={disabled || pending}>
          Save
        </Button>
        {state.message && (
          <span
            role={state.ok ? "status" : "alert"}
            className={`text-sm ${state.ok ? "text-green-700" : "text-red-700"}`}
          >
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
