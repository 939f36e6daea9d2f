"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/errors/form-state";

export function AddDomainForm({ action }: { action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {state.message && !state.ok && !state.fieldErrors && <Alert tone="error">{state.message}</Alert>}
      <div className="flex flex-wrap items-start gap-3">
        <Field
          label="Domain name"
          name="domain"
          placeholder="example.com"
          required
          defaultValue={state.values?.domain}
          errors={state.fieldErrors?.domain}
          hint="A subdomain (sales.example.com) is verified with its own record."
          className="min-w-64"
        />
        <Button type="submit" disabled={pending} className="mt-6">
          {pending ? "Adding…" : "Add domain"}
        </Button>
      </div>
    </form>
  );
}
