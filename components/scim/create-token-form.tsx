"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import type { FormState } from "@/lib/errors/form-state";

type State = FormState & { token?: string };

export function CreateTokenForm({ action }: { action: (prev: State, data: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-3">
      {state.token && (
        <Alert tone="success">
          <p>{state.message}</p>
          <div className="mt-2 flex items-center gap-2">
            <code
              data-testid="new-token"
              className="rounded bg-white px-2 py-1 font-mono text-xs break-all ring-1 ring-green-200"
            >
              {state.token}
            </code>
            <CopyButton value={state.token} label="Copy token" />
          </div>
        </Alert>
      )}
      {state.message && !state.ok && <Alert tone="error">{state.message}</Alert>}
      <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        <Field
          label="Token name"
          name="name"
          required
          placeholder="Microsoft Entra ID"
          errors={state.fieldErrors?.name}
          defaultValue={state.ok ? "" : state.values?.name}
        />
        <Field
          label="Expires after (days, optional)"
          name="expiresInDays"
          type="number"
          min={1}
          max={3650}
          errors={state.fieldErrors?.expiresInDays}
          defaultValue={state.ok ? "" : state.values?.expiresInDays}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
    </div>
  );
}
