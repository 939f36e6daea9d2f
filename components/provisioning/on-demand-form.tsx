"use client";
// Provision on demand: one user, or a group with up to five members, now; each object's steps are shown.
import { useActionState } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";
import type { LogDraft } from "@/lib/provisioning/engine/types";
import { submitKeepingInput } from "@/components/ui/submit-keeping-input";

type State = FormState & { entries?: LogDraft[] };
const TONE: Record<string, string> = {
  Success: "bg-green-100 text-green-800",
  Failure: "bg-red-100 text-red-800",
  Skipped: "bg-slate-200 text-slate-700",
  Warning: "bg-amber-100 text-amber-900",
};

const PROPERTY_COLUMNS: ColumnDef<LogDraft["modifiedProperties"][number], unknown>[] = [
  { id: "name", header: "Property", meta: { isWrapping: true }, cell: ({ row }) => row.original.name },
  { id: "oldValue", header: "Old value", meta: { isWrapping: true }, cell: ({ row }) => row.original.oldValue ?? "—" },
  { id: "newValue", header: "New value", meta: { isWrapping: true }, cell: ({ row }) => row.original.newValue ?? "—" },
];

export function OnDemandForm({ action }: { action: (prev: State, data: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-4">
      <form onSubmit={(e) => submitKeepingInput(e, formAction)} className="flex flex-wrap items-end gap-3" noValidate>
        <div>
          <label htmlFor="od-type" className="block text-sm font-medium text-slate-700">
            Provision
          </label>
          <select
            id="od-type"
            name="type"
            defaultValue={state.values?.type ?? "user"}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="user">A user</option>
            <option value="group">A group</option>
          </select>
        </div>
        <Field
          label="User principal name or group name"
          name="ref"
          defaultValue={state.values?.ref ?? ""}
          errors={state.fieldErrors?.ref}
          className="min-w-72 flex-1"
        />
        <Field
          label="Group members (up to 5, optional)"
          name="members"
          defaultValue={state.values?.members ?? ""}
          className="min-w-72 flex-1"
          hint="User principal names separated by commas; empty takes the first five."
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Provisioning…" : "Provision"}
        </Button>
      </form>
      {state.message && !state.entries && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      {state.entries?.map((e) => (
        <section
          key={e.changeId}
          className="rounded-md border border-slate-200 p-4"
          aria-label={`${e.objectType} ${e.sourceIdentity ?? e.displayName}`}
        >
          <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
            {e.objectType} {e.sourceIdentity ?? e.displayName}: {e.action}
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONE[e.status]}`}>{e.status}</span>
          </h3>
          <ol className="mt-3 space-y-2 text-sm">
            {e.steps.map((s, i) => (
              <li key={i} className="flex gap-3">
                <span className={`h-fit shrink-0 rounded px-2 py-0.5 text-xs font-medium ${TONE[s.status]}`}>
                  {i + 1}. {s.name}
                </span>
                <span>{s.detail}</span>
              </li>
            ))}
          </ol>
          {e.modifiedProperties.length > 0 && (
            <div className="mt-3">
              <DataTable
                caption="Modified properties"
                columns={PROPERTY_COLUMNS}
                rows={e.modifiedProperties}
                density="compact"
              />
            </div>
          )}
          {e.errorCode && (
            <p className="mt-3 text-sm">
              <strong>{e.errorCode}</strong>: {e.errorReason} <em>{e.recommendation}</em>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
