"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { VerificationResult } from "@/lib/domains/check-domain";
import type { FormState } from "@/lib/errors/form-state";
import { VerificationResultPanel } from "./verification-result";

export type VerifyState = FormState & { result?: VerificationResult };
type Action = (prev: VerifyState, data: FormData) => Promise<VerifyState>;

/** The Verify button with its result panel; `orgName` adds the name field of the organization it will create. */
export function VerifyForm({
  action,
  lastResult,
  orgName,
  disabled,
}: {
  action: Action;
  lastResult: VerificationResult | null;
  orgName?: string;
  disabled?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const result = state.result ?? lastResult;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" noValidate>
        {orgName !== undefined && (
          <Field
            label="Organization name"
            name="orgName"
            defaultValue={state.values?.orgName ?? orgName}
            errors={state.fieldErrors?.orgName}
            hint="Verifying creates your organization with this name; you become its Admin (Read & Write)."
          />
        )}
        <Button type="submit" disabled={pending || disabled}>
          {pending ? "Checking…" : "Verify"}
        </Button>
      </form>
      <div aria-live="polite">
        {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      </div>
      {result && <VerificationResultPanel result={result} />}
    </div>
  );
}
