"use client";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type DataTableProps } from "@/components/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";

export type SourceUserRow = {
  id: string;
  userPrincipalName: string;
  displayName: string;
  department: string | null;
  jobTitle: string | null;
  accountEnabled: boolean;
  updatedAt: string;
};

export function SourceUsersTable({
  orgSlug,
  ...props
}: Omit<DataTableProps<SourceUserRow>, "columns" | "caption"> & { orgSlug: string }) {
  const columns: ColumnDef<SourceUserRow, unknown>[] = [
    {
      id: "displayName",
      header: "Name",
      cell: ({ row }) => (
        <Link
          className="font-medium text-brand-700 hover:underline"
          href={`/o/${orgSlug}/source-directory/users/${row.original.id}`}
        >
          {row.original.displayName}
        </Link>
      ),
    },
    { id: "userPrincipalName", header: "User principal name", cell: ({ row }) => row.original.userPrincipalName },
    { id: "department", header: "Department", cell: ({ row }) => row.original.department ?? "—" },
    { id: "jobTitle", header: "Job title", enableSorting: false, cell: ({ row }) => row.original.jobTitle ?? "—" },
    {
      id: "accountEnabled",
      header: "Account",
      enableSorting: false,
      cell: ({ row }) => (
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${row.original.accountEnabled ? "bg-green-100 text-green-800" : "bg-slate-200 text-slate-700"}`}
        >
          {row.original.accountEnabled ? "Enabled" : "Disabled"}
        </span>
      ),
    },
    { id: "updatedAt", header: "Last modified", cell: ({ row }) => <DateTime value={row.original.updatedAt} exact /> },
  ];
  return (
    <DataTable
      columns={columns}
      caption="Source users"
      searchLabel="Search by name or user principal name"
      {...props}
    />
  );
}
