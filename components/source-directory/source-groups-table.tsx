"use client";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type DataTableProps } from "@/components/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";

export type SourceGroupRow = {
  id: string;
  displayName: string;
  description: string | null;
  memberCount: number;
  updatedAt: string;
};

export function SourceGroupsTable({
  orgSlug,
  ...props
}: Omit<DataTableProps<SourceGroupRow>, "columns" | "caption"> & { orgSlug: string }) {
  const columns: ColumnDef<SourceGroupRow, unknown>[] = [
    {
      id: "displayName",
      header: "Name",
      cell: ({ row }) => (
        <Link
          className="font-medium text-brand-700 hover:underline"
          href={`/o/${orgSlug}/source-directory/groups/${row.original.id}`}
        >
          {row.original.displayName}
        </Link>
      ),
    },
    {
      id: "description",
      header: "Description",
      enableSorting: false,
      cell: ({ row }) => row.original.description ?? "—",
    },
    { id: "memberCount", header: "Members", enableSorting: false, cell: ({ row }) => row.original.memberCount },
    { id: "updatedAt", header: "Last modified", cell: ({ row }) => <DateTime value={row.original.updatedAt} exact /> },
  ];
  return <DataTable columns={columns} caption="Source groups" searchLabel="Search by group name" {...props} />;
}
