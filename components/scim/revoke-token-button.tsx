"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/errors/form-state";

export function RevokeTokenButton({ action, name }: { action: (prev: FormState) => Promise<FormState>; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!confirm(`Revoke "${name}"? Identity providers using it will get 401 at once.`)) e.preventDefault();
      }}
    >
      <button
        type="submit"
        disabled={pending}
        className="text-sm font-medium text-red-700 hover:underline disabled:opacity-50"
      >
        Revoke<span className="sr-only"> {name}</span>
      </button>
      {state.message && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
