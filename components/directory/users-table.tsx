"use client";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type DataTableProps } from "@/components/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { personName } from "@/lib/directory/person-name";

export type UserRow = {
  id: string;
  userName: string;
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  active: boolean;
  source: string;
  department: string | null;
  updatedAt: string;
};

export function UsersTable({
  orgSlug,
  ...props
}: Omit<DataTableProps<UserRow>, "columns" | "caption"> & { orgSlug: string }) {
  const columns: ColumnDef<UserRow, unknown>[] = [
    {
      id: "displayName",
      header: "Name",
      cell: ({ row }) => (
        <Link
          className="font-medium text-brand-700 hover:underline"
          href={`/o/${orgSlug}/directory/users/${row.original.id}`}
        >
          {personName(row.original)}
        </Link>
      ),
    },
    { id: "userName", header: "User name", cell: ({ row }) => row.original.userName },
    { id: "department", header: "Department", enableSorting: false, cell: ({ row }) => row.original.department ?? "—" },
    {
      id: "active",
      header: "Status",
      cell: ({ row }) => (
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${row.original.active ? "bg-green-100 text-green-800" : "bg-slate-200 text-slate-700"}`}
        >
          {row.original.active ? "Active" : "Inactive"}
        </span>
      ),
    },
    { id: "source", header: "Source", enableSorting: false, cell: ({ row }) => row.original.source },
    { id: "updatedAt", header: "Last modified", cell: ({ row }) => <DateTime value={row.original.updatedAt} exact /> },
  ];
  return <DataTable columns={columns} caption="Users" searchLabel="Search by name or email" {...props} />;
}
