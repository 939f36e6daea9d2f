"use client";
// The inbound SCIM request log list: what each request did to which user or group, with its status and timing.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { ScimLogRow } from "@/lib/logs/list-scim-log";
import { HttpStatus } from "./status-badge";
import { formatUtc } from "@/lib/console/format-date";

type Props = {
  rows: ScimLogRow[];
  /** Detail links: `${detailBase}/${id}?${listQuery}`, so the detail page can lead back to the same results. */ detailBase: string;
  listQuery: string;
  sortDesc: boolean;
  pager: { summary: string; previous: string | null; next: string | null };
};

export function ScimLogTable({ rows, detailBase, listQuery, sortDesc, pager }: Props) {
  const detailHref = (id: string) => `${detailBase}/${id}${listQuery ? `?${listQuery}` : ""}`;
  const columns: ColumnDef<ScimLogRow, unknown>[] = [
    { id: "at", header: "Date", cell: ({ row }) => formatUtc(row.original.at) },
    {
      id: "request",
      header: "Request",
      enableSorting: false,
      cell: ({ row }) => (
        <Link href={detailHref(row.original.id)} className="font-mono text-xs text-brand-700 hover:underline">
          {row.original.method} {row.original.path}
          {row.original.query
            ? `?${row.original.query.length > 60 ? `${row.original.query.slice(0, 60)}…` : row.original.query}`
            : ""}
        </Link>
      ),
    },
    {
      id: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => <HttpStatus status={row.original.status} />,
    },
    {
      id: "result",
      header: "Result",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.action
          ? `${row.original.action}${row.original.resourceName ? ` ${row.original.resourceName}` : ""}`
          : "—",
    },
    { id: "durationMs", header: "Duration", enableSorting: false, cell: ({ row }) => `${row.original.durationMs} ms` },
    { id: "token", header: "Token", enableSorting: false, cell: ({ row }) => row.original.tokenName ?? "—" },
    {
      id: "client",
      header: "Client",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="text-xs text-slate-600">
          {row.original.clientIp ?? "—"}
          {row.original.userAgent ? ` · ${row.original.userAgent}` : ""}
        </span>
      ),
    },
    {
      id: "requestId",
      header: "Request ID",
      enableSorting: false,
      cell: ({ row }) => <span className="font-mono text-xs text-slate-600">{row.original.requestId ?? "—"}</span>,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      caption="Inbound SCIM requests"
      total={rows.length}
      page={1}
      pageSize={rows.length || 1}
      sort={{ id: "at", desc: sortDesc }}
      cursorPager={pager}
      emptyMessage="No SCIM requests match these filters."
    />
  );
}
