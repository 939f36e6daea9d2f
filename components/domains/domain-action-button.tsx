"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/errors/form-state";

/** A one-click domain action (restart, delete) with an optional confirmation and its error shown inline. */
export function DomainActionButton({
  action,
  label,
  srLabel,
  confirmText,
  tone = "secondary",
}: {
  action: (prev: FormState) => Promise<FormState>;
  label: string;
  srLabel?: string;
  confirmText?: string;
  tone?: "secondary" | "danger" | "primary";
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700 shadow-sm px-4 py-2",
    secondary: "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 px-3 py-1.5",
    danger: "text-red-700 hover:underline",
  }[tone];
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(e) => {
        if (confirmText && !confirm(confirmText)) e.preventDefault();
      }}
    >
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md text-sm font-medium disabled:opacity-50 ${styles}`}
      >
        {label}
        {srLabel && <span className="sr-only"> {srLabel}</span>}
      </button>
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
