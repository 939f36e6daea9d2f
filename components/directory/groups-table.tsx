"use client";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type DataTableProps } from "@/components/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";

export type GroupRow = {
  id: string;
  displayName: string;
  externalId: string | null;
  source: string;
  memberCount: number;
  updatedAt: string;
};

export function GroupsTable({
  orgSlug,
  ...props
}: Omit<DataTableProps<GroupRow>, "columns" | "caption"> & { orgSlug: string }) {
  const columns: ColumnDef<GroupRow, unknown>[] = [
    {
      id: "displayName",
      header: "Name",
      cell: ({ row }) => (
        <Link
          className="font-medium text-brand-700 hover:underline"
          href={`/o/${orgSlug}/directory/groups/${row.original.id}`}
        >
          {row.original.displayName}
        </Link>
      ),
    },
    { id: "members", header: "Members", enableSorting: false, cell: ({ row }) => row.original.memberCount },
    {
      id: "externalId",
      header: "External id",
      enableSorting: false,
      cell: ({ row }) => row.original.externalId ?? "—",
    },
    { id: "source", header: "Source", enableSorting: false, cell: ({ row }) => row.original.source },
    { id: "updatedAt", header: "Last modified", cell: ({ row }) => <DateTime value={row.original.updatedAt} exact /> },
  ];
  return <DataTable columns={columns} caption="Groups" searchLabel="Search groups by name" {...props} />;
}
