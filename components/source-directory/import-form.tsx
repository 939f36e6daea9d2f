"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors/form-state";
import type { ImportResult } from "@/lib/source-directory/import-directory";

type ImportState = FormState & { result?: ImportResult };

export function ImportForm({ action }: { action: (prev: ImportState, data: FormData) => Promise<ImportState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.result?.errors ?? [];
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">CSV file</label>
          <input id="import-file" type="file" name="file" accept=".csv,text/csv" required className="mt-1 block text-sm" />
        </div>
        <Button type="submit" disabled={pending}>{pending ? "Importing…" : "Import"}</Button>
      </form>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      {errors.length > 0 && (
        <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
          <caption className="sr-only">Errors by row</caption>
          <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2 pr-4">Row</th><th scope="col" className="pr-4">Column</th><th scope="col">Problem</th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {errors.slice(0, 500).map((e, i) => <tr key={i}><td className="py-1.5 pr-4">{e.row}</td><td className="pr-4">{e.column ?? "—"}</td><td>{e.message}</td></tr>)}
          </tbody>
        </table></div>
      )}
    </div>
  );
}
