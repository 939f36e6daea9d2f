"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";

export function AddMemberForm({ action }: { action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <Field
        label="Add a member (user principal name)"
        name="member"
        type="email"
        defaultValue={state.ok ? "" : (state.values?.member ?? "")}
        className="min-w-72 flex-1"
        errors={state.ok ? undefined : state.message ? [state.message] : undefined}
      />
      <Button type="submit" disabled={pending}>
        Add member
      </Button>
      {state.ok && state.message && (
        <span role="status" className="text-sm text-green-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
