"use client";
import { useActionState } from "react";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import type { FormState } from "@/lib/errors/form-state";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/** One form per member (email fixed) or, without `email`, the "add member" form. */
export function MemberRoleForm({
  action,
  email,
  role,
  disabled,
  label,
}: {
  action: Action;
  email?: string;
  role?: string;
  disabled?: boolean;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const idSuffix = email ? email.replace(/[^a-z0-9]/gi, "-") : "new";
  return (
    <form onSubmit={(e) => submitKeepingInput(e, formAction)} className="flex flex-wrap items-center gap-2">
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <>
          <label htmlFor={`member-email-${idSuffix}`} className="sr-only">
            Email of the account to add
          </label>
          <input
            id={`member-email-${idSuffix}`}
            name="email"
            type="email"
            required
            placeholder="name@example.com"
            defaultValue={state.values?.email}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            disabled={disabled}
          />
        </>
      )}
      <label htmlFor={`member-role-${idSuffix}`} className="sr-only">
        {label}
      </label>
      <select
        id={`member-role-${idSuffix}`}
        name="role"
        defaultValue={role ?? "help-desk"}
        disabled={disabled}
        className="rounded-md border border-slate-300 py-1.5 pr-8 pl-2 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={disabled || pending}
        className="rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
      >
        {email ? "Save" : "Add member"}
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
