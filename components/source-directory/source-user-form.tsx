"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";

export type SourceUserValues = Record<string, string | boolean | null>;

const FIELDS: [name: string, label: string, type?: string][] = [
  ["userPrincipalName", "User principal name", "email"],
  ["displayName", "Display name"],
  ["givenName", "Given name"],
  ["surname", "Surname"],
  ["mail", "Mail", "email"],
  ["mailNickname", "Mail nickname"],
  ["department", "Department"],
  ["jobTitle", "Job title"],
  ["employeeId", "Employee ID"],
  ["costCenter", "Cost center"],
  ["division", "Division"],
  ["companyName", "Company name"],
  ["officeLocation", "Office location"],
];

export function SourceUserForm({
  action,
  user,
  canWrite,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  user?: SourceUserValues;
  canWrite: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (name: string) => state.values?.[name] ?? String(user?.[name] ?? "");
  return (
    <form onSubmit={(e) => submitKeepingInput(e, formAction)} className="space-y-4" noValidate>
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {!user && (
          <Field
            label="objectId (optional GUID)"
            name="objectId"
            defaultValue={value("objectId")}
            errors={state.fieldErrors?.objectId}
            disabled={!canWrite}
            hint="Left empty, a new GUID is generated."
          />
        )}
        {FIELDS.map(([name, label, type]) => (
          <Field
            key={name}
            label={label}
            name={name}
            type={type ?? "text"}
            defaultValue={value(name)}
            errors={state.fieldErrors?.[name]}
            disabled={!canWrite}
            required={name === "userPrincipalName" || name === "displayName"}
          />
        ))}
      </div>
      <label className="flex items-center gap-3 text-sm">
        <input
          type="checkbox"
          name="accountEnabled"
          defaultChecked={user ? user.accountEnabled !== false : true}
          disabled={!canWrite}
          className="h-4 w-4 rounded border-slate-300"
        />
        <span>
          <strong>Account enabled</strong> (a disabled user is disabled in every app it is provisioned to)
        </span>
      </label>
      {canWrite && (
        <Button type="submit" disabled={pending}>
          {user ? "Save" : "Create user"}
        </Button>
      )}
    </form>
  );
}
