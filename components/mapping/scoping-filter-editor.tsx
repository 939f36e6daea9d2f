"use client";
// Source Object Scope: named filters of clauses (AND inside a filter, OR between filters), every Entra operator
// and the group-membership clause.
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { SCOPE_OPERATORS, UNARY_SCOPE_OPERATORS, type TScopeClause, type TScopingFilter } from "@/lib/mapping/types";

const cell = "rounded border border-slate-300 px-2 py-1 text-sm";

export function ScopingFilterEditor({
  filters,
  sourceAttributes,
  groups,
  errors,
  onChange,
}: {
  filters: TScopingFilter[];
  sourceAttributes: readonly string[];
  groups: { id: string; label: string }[];
  errors: Record<string, string>;
  onChange: (filters: TScopingFilter[]) => void;
}) {
  const setFilter = (i: number, f: TScopingFilter | null) =>
    onChange(f ? filters.map((x, j) => (j === i ? f : x)) : filters.filter((_, j) => j !== i));
  const setClause = (fi: number, ci: number, c: TScopeClause | null) => {
    const f = filters[fi]!;
    const clauses = c ? f.clauses.map((x, j) => (j === ci ? c : x)) : f.clauses.filter((_, j) => j !== ci);
    setFilter(fi, clauses.length ? { ...f, clauses } : null);
  };
  const blank: TScopeClause = { attribute: sourceAttributes[0] ?? "department", operator: "EQUALS", value: "" };
  const clauseColumns = (fi: number): ColumnDef<TScopeClause, unknown>[] => [
    {
      id: "attribute",
      header: "Attribute",
      cell: ({ row: { original: c, index: ci } }) =>
        c.operator.endsWith("MEMBER OF") ? (
          <span className="text-slate-600">group membership</span>
        ) : (
          <select
            aria-label={`Attribute ${fi + 1}.${ci + 1}`}
            className={cell}
            value={c.attribute}
            onChange={(e) => setClause(fi, ci, { ...c, attribute: e.target.value })}
          >
            {sourceAttributes.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        ),
    },
    {
      id: "operator",
      header: "Operator",
      cell: ({ row: { original: c, index: ci } }) => (
        <select
          aria-label={`Operator ${fi + 1}.${ci + 1}`}
          className={cell}
          value={c.operator}
          onChange={(e) => {
            const operator = e.target.value as TScopeClause["operator"];
            setClause(fi, ci, {
              ...c,
              operator,
              attribute: operator.endsWith("MEMBER OF")
                ? "memberOf"
                : c.attribute === "memberOf"
                  ? blank.attribute
                  : c.attribute,
              value: UNARY_SCOPE_OPERATORS.includes(operator)
                ? undefined
                : operator.endsWith("MEMBER OF")
                  ? (groups[0]?.id ?? "")
                  : (c.value ?? ""),
              label: operator.endsWith("MEMBER OF") ? groups[0]?.label : undefined,
            });
          }}
        >
          {SCOPE_OPERATORS.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      ),
    },
    {
      id: "value",
      header: "Value",
      cell: ({ row: { original: c, index: ci } }) => {
        const key = `scopingFilters.${fi}.clauses.${ci}.value`;
        const n = `${fi + 1}.${ci + 1}`;
        return (
          <>
            {UNARY_SCOPE_OPERATORS.includes(c.operator) ? null : c.operator.endsWith("MEMBER OF") ? (
              <select
                aria-label={`Group ${n}`}
                className={cell}
                value={c.value ?? ""}
                onChange={(e) =>
                  setClause(fi, ci, {
                    ...c,
                    value: e.target.value,
                    label: groups.find((g) => g.id === e.target.value)?.label,
                  })
                }
              >
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                aria-label={`Value ${n}`}
                className={`${cell} ${errors[key] ? "border-red-500" : ""}`}
                value={c.value ?? ""}
                onChange={(e) => setClause(fi, ci, { ...c, value: e.target.value })}
                aria-invalid={errors[key] ? true : undefined}
                aria-describedby={errors[key] ? `clause-${fi}-${ci}-error` : undefined}
              />
            )}
            {errors[key] && (
              <p id={`clause-${fi}-${ci}-error`} className="text-sm whitespace-normal text-red-700">
                {errors[key]}
              </p>
            )}
          </>
        );
      },
    },
    {
      id: "actions",
      header: "Actions",
      meta: { isHeaderHidden: true },
      cell: ({ row: { index: ci } }) => (
        <button type="button" className="text-sm text-red-700 hover:underline" onClick={() => setClause(fi, ci, null)}>
          Delete
          <span className="sr-only">
            {" "}
            clause {fi + 1}.{ci + 1}
          </span>
        </button>
      ),
    },
  ];
  return (
    <div className="space-y-4">
      {filters.length === 0 && (
        <p className="text-sm text-slate-600">No scoping filter: every assigned object is in scope.</p>
      )}
      {filters.map((f, fi) => (
        <fieldset key={fi} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">
            {f.name || `Filter ${fi + 1}`}
            {fi > 0 && <span className="font-normal text-slate-600"> (OR)</span>}
          </legend>
          <label htmlFor={`filter-${fi}-name`} className="block text-xs font-medium text-slate-700">
            Scoping filter name
          </label>
          <input
            id={`filter-${fi}-name`}
            className={`${cell} mb-2`}
            value={f.name ?? ""}
            onChange={(e) => setFilter(fi, { ...f, name: e.target.value || undefined })}
          />
          <DataTable
            caption={`Clauses of ${f.name || `Filter ${fi + 1}`} (all must hold)`}
            columns={clauseColumns(fi)}
            rows={f.clauses}
            density="compact"
          />
          <div className="mt-2 flex gap-3">
            <Button
              type="button"
              variant="secondary"
              onClick={() => setFilter(fi, { ...f, clauses: [...f.clauses, blank] })}
            >
              Add clause
            </Button>
            <Button type="button" variant="secondary" onClick={() => setFilter(fi, null)}>
              Delete filter
            </Button>
          </div>
        </fieldset>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => onChange([...filters, { name: `Filter ${filters.length + 1}`, clauses: [blank] }])}
      >
        Add scoping filter
      </Button>
    </div>
  );
}
