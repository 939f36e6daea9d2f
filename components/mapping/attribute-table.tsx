// The attribute mappings of one object type, with Edit and Delete per row.
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { describeMapping } from "@/lib/mapping/diff-definitions";
import type { TAttributeMapping } from "@/lib/mapping/types";

type Row = { mapping: TAttributeMapping; index: number; errors: string[] };

const source = (a: TAttributeMapping) =>
  a.type === "Direct"
    ? a.source
    : a.type === "Constant"
      ? `"${a.constant ?? ""}"`
      : a.type === "Expression"
        ? a.expression
        : "—";

export function AttributeTable({
  attributes,
  errors,
  canWrite,
  onEdit,
  onDelete,
}: {
  attributes: TAttributeMapping[];
  errors: Record<string, string>;
  canWrite: boolean;
  onEdit: (i: number) => void;
  onDelete: (i: number) => void;
}) {
  const rows: Row[] = attributes.map((mapping, index) => ({
    mapping,
    index,
    errors: Object.entries(errors)
      .filter(([k]) => k.startsWith(`attributes.${index}.`))
      .map(([, v]) => v),
  }));
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: "source",
      header: "Source attribute",
      meta: { isWrapping: true },
      cell: ({ row: { original: r } }) => (
        <span className="font-mono text-xs">
          {source(r.mapping)}
          {r.errors.length > 0 && <span className="block font-sans text-sm text-red-700">{r.errors.join(" ")}</span>}
        </span>
      ),
    },
    { id: "type", header: "Type", cell: ({ row }) => row.original.mapping.type },
    {
      id: "target",
      header: "Target attribute",
      meta: { isWrapping: true },
      cell: ({ row }) => row.original.mapping.target,
    },
    {
      id: "matching",
      header: "Matching precedence",
      cell: ({
        row: {
          original: { mapping: a },
        },
      }) => (a.matching ? (a.matchingPrecedence ?? 1) : ""),
    },
    {
      id: "apply",
      header: "Apply",
      cell: ({ row }) => (row.original.mapping.apply === "OnCreate" ? "Only during creation" : "Always"),
    },
  ];
  if (canWrite) {
    columns.push({
      id: "actions",
      header: "Actions",
      meta: { isHeaderHidden: true, align: "right" },
      cell: ({ row: { original: r } }) => (
        <>
          <button type="button" className="text-brand-700 hover:underline" onClick={() => onEdit(r.index)}>
            Edit<span className="sr-only"> {r.mapping.target}</span>
          </button>
          <button type="button" className="ml-3 text-red-700 hover:underline" onClick={() => onDelete(r.index)}>
            Delete<span className="sr-only"> {r.mapping.target}</span>
          </button>
        </>
      ),
    });
  }
  return (
    <DataTable
      caption="Attribute mappings"
      columns={columns}
      rows={rows}
      density="compact"
      emptyMessage="No attribute mappings."
      getRowId={(r) => `${r.mapping.target}-${r.index}`}
      getRowTitle={(r) => describeMapping(r.mapping)}
    />
  );
}
