"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";

export function AssignForm({ action, groups }: { action: (prev: FormState, data: FormData) => Promise<FormState>; groups: string[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <div>
        <label htmlFor="assign-type" className="block text-sm font-medium text-slate-700">Type</label>
        <select id="assign-type" name="type" defaultValue={state.values?.type ?? "group"} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="group">Group</option>
          <option value="user">User</option>
        </select>
      </div>
      <Field label="Group name or user principal name" name="ref" list="assign-groups" defaultValue={state.ok ? "" : state.values?.ref ?? ""} errors={state.fieldErrors?.ref} className="min-w-80 flex-1" />
      <datalist id="assign-groups">{groups.map((g) => <option key={g} value={g} />)}</datalist>
      <Button type="submit" disabled={pending}>Assign</Button>
      {state.message && <p role={state.ok ? "status" : "alert"} className={`w-full text-sm ${state.ok ? "text-green-700" : "text-red-700"}`}>{state.message}</p>}
    </form>
  );
}
