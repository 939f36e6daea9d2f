"use client";
// A button that runs a bound server action, optionally after a confirmation that says what happens.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors/form-state";

type Props = {
  action: (prev: FormState) => Promise<FormState>;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
  link?: boolean;
  srLabel?: string;
};

export function ActionButton({
  action,
  label,
  confirm: question,
  variant = "secondary",
  disabled,
  link,
  srLabel,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(e) => {
        if (question && !window.confirm(question)) e.preventDefault();
      }}
    >
      {link ? (
        <button
          type="submit"
          disabled={disabled || pending}
          className="text-sm font-medium text-red-700 hover:underline disabled:opacity-50"
        >
          {label}
          {srLabel && <span className="sr-only"> {srLabel}</span>}
        </button>
      ) : (
        <Button type="submit" variant={variant} disabled={disabled || pending}>
          {pending ? `${label}…` : label}
        </Button>
      )}
      {state.message && (
        <span
          role={state.ok ? "status" : "alert"}
          className={`text-sm ${state.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}
