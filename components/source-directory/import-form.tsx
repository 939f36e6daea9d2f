"use client";
import { useActionState } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/errors/form-state";
import type { ImportResult } from "@/lib/source-directory/import-directory";

type ImportState = FormState & { result?: ImportResult };

const COLUMNS: ColumnDef<ImportResult["errors"][number], unknown>[] = [
  { id: "row", header: "Row", cell: ({ row }) => row.original.row },
  { id: "column", header: "Column", cell: ({ row }) => row.original.column ?? "—" },
  { id: "message", header: "Problem", meta: { isWrapping: true }, cell: ({ row }) => row.original.message },
];

export function ImportForm({ action }: { action: (prev: ImportState, data: FormData) => Promise<ImportState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.result?.errors ?? [];
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            CSV file
          </label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            className="mt-1 block text-sm"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      {errors.length > 0 && (
        <DataTable caption="Errors by row" columns={COLUMNS} rows={errors.slice(0, 500)} density="compact" />
      )}
    </div>
  );
}
