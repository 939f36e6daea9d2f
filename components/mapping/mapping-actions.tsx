"use client";
// Buttons and forms of the Mappings list and version history: Restore default mappings, Roll back, Import JSON.
import { useActionState, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors/form-state";

export function ConfirmActionButton({
  label,
  confirm,
  action,
  variant = "secondary",
}: {
  label: string;
  confirm: string;
  action: () => Promise<FormState>;
  variant?: "secondary" | "danger";
}) {
  const [state, setState] = useState<FormState | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="inline-flex flex-col items-start gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (window.confirm(confirm)) start(async () => setState(await action()));
        }}
      >
        {label}
      </Button>
      {state?.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
    </div>
  );
}

export function ImportForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.fieldErrors?.file?.join(" ");
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
          Mappings JSON file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          className="mt-1 block text-sm"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-file-error" : undefined}
        />
        {error && (
          <p id="import-file-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Import
      </Button>
      {state.message && !error && (
        <div className="w-full">
          <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>
        </div>
      )}
    </form>
  );
}
