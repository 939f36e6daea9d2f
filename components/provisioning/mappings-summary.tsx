// The job's attribute mappings, read-only (the mapping editor is its own screen).
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import type { TMappingDefinition } from "@/lib/mapping/types";

const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "source", header: "Source attribute", meta: { isWrapping: true } },
  { accessorKey: "target", header: "Target attribute", meta: { isWrapping: true } },
  { accessorKey: "matching", header: "Matching precedence" },
  { accessorKey: "apply", header: "Apply" },
];

export function MappingsSummary({ mapping }: { mapping: TMappingDefinition }) {
  const section = (title: string, m: TMappingDefinition["user"]) => (
    <div>
      <h3 className="text-sm font-semibold">
        {title}{" "}
        <span className="font-normal text-slate-600">
          ({m.enabled ? "enabled" : "disabled"}; actions:{" "}
          {Object.entries(m.actions)
            .filter(([, on]) => on)
            .map(([a]) => a)
            .join(", ") || "none"}
          )
        </span>
      </h3>
      <div className="mt-2">
        <DataTable
          caption={title}
          columns={COLUMNS}
          density="compact"
          emptyMessage="No attribute mappings."
          rows={m.attributes.map((a) => ({
            source:
              a.type === "Direct"
                ? a.source
                : a.type === "Constant"
                  ? `"${a.constant}"`
                  : a.type === "Expression"
                    ? a.expression
                    : "—",
            target: a.target,
            matching: a.matching ? (a.matchingPrecedence ?? 1) : "",
            apply: a.apply === "OnCreate" ? "Only during creation" : "Always",
          }))}
        />
      </div>
    </div>
  );
  return (
    <div className="space-y-6">
      {section("Provision users", mapping.user)}
      {section("Provision groups", mapping.group)}
    </div>
  );
}
