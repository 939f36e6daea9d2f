"use client";
// Edit attribute list: the target's attributes with type, required, multi-valued and case-exact; add, rename
// (the mappings that target the attribute follow the new name) and delete.
import { useState } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { targetAttributeNameError } from "@/lib/mapping/target-attribute-name";
import { TARGET_TYPES, type TTargetAttribute } from "@/lib/mapping/types";

type Props = {
  attributes: TTargetAttribute[];
  errors: Record<string, string>;
  onChange: (list: TTargetAttribute[]) => void;
  /** Renames an attribute and the mappings that target it; returns why it cannot, or null. */
  onRename: (from: string, to: string) => string | null;
};

type Row = { attribute: TTargetAttribute; index: number };

function RenameRow({ name, onRename, onClose }: { name: string; onRename: Props["onRename"]; onClose: () => void }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const problem = onRename(name, value);
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <div className="flex flex-wrap items-start gap-2">
      <div>
        <label htmlFor="rename-target-attribute" className="sr-only">
          New name for {name}
        </label>
        <input
          id="rename-target-attribute"
          autoFocus
          className="w-80 max-w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "rename-target-attribute-error" : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              submit();
            } else if (e.key === "Escape") onClose();
          }}
        />
        {error && (
          <span id="rename-target-attribute-error" className="block text-red-700">
            {error}
          </span>
        )}
      </div>
      <Button type="button" variant="secondary" className="px-2 py-1" onClick={submit}>
        Apply rename
      </Button>
      <button type="button" className="text-sm text-slate-700 hover:underline" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}

export function TargetAttributeList({ attributes, errors, onChange, onRename }: Props) {
  const [name, setName] = useState("");
  const [renaming, setRenaming] = useState<string | null>(null);
  const update = (i: number, patch: Partial<TTargetAttribute>) =>
    onChange(attributes.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const flag = (key: "required" | "multiValued" | "caseExact", text: string): ColumnDef<Row, unknown> => ({
    id: key,
    header: text,
    meta: { align: "center" },
    cell: ({
      row: {
        original: { attribute: a, index: i },
      },
    }) => (
      <input
        type="checkbox"
        aria-label={`${text}: ${a.name}`}
        checked={a[key]}
        onChange={(e) => update(i, { [key]: e.target.checked })}
      />
    ),
  });
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: "name",
      header: "Name",
      meta: { isWrapping: true },
      cell: ({
        row: {
          original: { attribute: a, index: i },
        },
      }) => (
        <>
          {renaming === a.name ? (
            <RenameRow name={a.name} onRename={onRename} onClose={() => setRenaming(null)} />
          ) : (
            a.name
          )}
          {errors[`targetAttributes.${i}.name`] && (
            <span className="block text-red-700">{errors[`targetAttributes.${i}.name`]}</span>
          )}
        </>
      ),
    },
    {
      id: "type",
      header: "Type",
      cell: ({
        row: {
          original: { attribute: a, index: i },
        },
      }) => (
        <select
          aria-label={`Type: ${a.name}`}
          className="rounded border border-slate-300 px-1 py-0.5"
          value={a.type}
          onChange={(e) => update(i, { type: e.target.value as TTargetAttribute["type"] })}
        >
          {TARGET_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      ),
    },
    flag("required", "Required"),
    flag("multiValued", "Multi-valued"),
    flag("caseExact", "Case exact"),
    {
      id: "actions",
      header: "Actions",
      meta: { isHeaderHidden: true, align: "right" },
      cell: ({
        row: {
          original: { attribute: a, index: i },
        },
      }) => (
        <>
          <button
            type="button"
            className="mr-3 text-sm text-brand-700 hover:underline"
            onClick={() => setRenaming(a.name)}
          >
            Rename<span className="sr-only"> {a.name}</span>
          </button>
          <button
            type="button"
            className="text-sm text-red-700 hover:underline"
            onClick={() => onChange(attributes.filter((_, j) => j !== i))}
          >
            Delete<span className="sr-only"> {a.name}</span>
          </button>
        </>
      ),
    },
  ];
  const newNameError = name.trim()
    ? targetAttributeNameError(
        name,
        attributes.map((a) => a.name),
      )
    : null;
  const add = () => {
    if (!name.trim() || newNameError) return;
    onChange([
      ...attributes,
      { name: name.trim(), type: "String", required: false, multiValued: false, caseExact: false },
    ]);
    setName("");
  };
  return (
    <div>
      <DataTable
        caption="Target attribute list"
        columns={columns}
        rows={attributes.map((attribute, index) => ({ attribute, index }))}
        density="compact"
        emptyMessage="No target attributes."
        getRowId={(r) => `${r.attribute.name}-${r.index}`}
      />
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div className="w-full sm:w-auto">
          <label htmlFor="new-target-attribute" className="block text-sm font-medium text-slate-700">
            New target attribute
          </label>
          <input
            id="new-target-attribute"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm sm:w-72"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. urn:…:User:manager"
            aria-invalid={newNameError ? true : undefined}
            aria-describedby={newNameError ? "new-target-attribute-error" : undefined}
          />
        </div>
        <Button type="button" variant="secondary" disabled={!name.trim() || newNameError !== null} onClick={add}>
          Add attribute
        </Button>
      </div>
      {newNameError && (
        <p id="new-target-attribute-error" className="mt-1 text-sm text-red-700">
          {newNameError}
        </p>
      )}
    </div>
  );
}
