// A chart's accessible alternative: its numbers as a data table behind "Show the numbers as a table", each row
// named by its first cell (the day or hour).
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";

export function ChartTable<T>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: ColumnDef<T, unknown>[];
  rows: T[];
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Show the numbers as a table</summary>
      <div className="mt-2">
        <DataTable caption={caption} columns={columns} rows={rows} hasRowHeaders density="compact" />
      </div>
    </details>
  );
}
