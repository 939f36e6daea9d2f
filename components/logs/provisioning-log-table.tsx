"use client";
// The provisioning log list (PRODUCT.md §7 columns; the identity is the key column). Server-filtered and
// keyset-paged; only the date sorts.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { ProvisioningLogRow } from "@/lib/logs/list-provisioning-log";
import { StatusBadge } from "./status-badge";
import { formatUtc } from "@/lib/console/format-date";

type Row = ProvisioningLogRow & { appName: string | null };
type Props = {
  rows: Row[];
  /** Detail links: `${detailBase}/${id}?${listQuery}`, so the detail page can lead back to the same results. */ detailBase: string;
  listQuery: string;
  sortDesc: boolean;
  pager: { summary: string; previous: string | null; next: string | null };
};

/** The ids a reader looks up now and then: in the Columns menu, so the list fits 1440 px without scrolling sideways. */
const HIDDEN_BY_DEFAULT = ["systems", "sourceId", "targetId", "cycleId", "changeId", "jobId"];

const mono = (v: string | null) =>
  v ? <span className="font-mono text-xs text-slate-600">{v}</span> : <span className="text-slate-400">—</span>;

export function ProvisioningLogTable({ rows, detailBase, listQuery, sortDesc, pager }: Props) {
  const detailHref = (id: string) => `${detailBase}/${id}${listQuery ? `?${listQuery}` : ""}`;
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: "identity",
      header: "Identity",
      enableSorting: false,
      cell: ({ row }) => (
        <div className="leading-tight">
          <Link href={detailHref(row.original.id)} className="font-medium text-brand-700 hover:underline">
            {row.original.displayName || row.original.sourceIdentity || row.original.sourceId || "(unnamed)"}
          </Link>
          {row.original.sourceIdentity && (
            <span title={row.original.sourceIdentity} className="block max-w-72 truncate text-xs text-slate-600">
              {row.original.objectType} · {row.original.sourceIdentity}
            </span>
          )}
        </div>
      ),
    },
    { id: "at", header: "Date", cell: ({ row }) => formatUtc(row.original.at) },
    { id: "action", header: "Action", enableSorting: false, cell: ({ row }) => row.original.action },
    {
      id: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    },
    {
      id: "systems",
      header: "Source → target",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="text-xs">
          {row.original.sourceSystem} → {row.original.targetSystem}
        </span>
      ),
    },
    {
      id: "app",
      header: "App",
      enableSorting: false,
      cell: ({ row }) => row.original.appName ?? mono(row.original.appId),
    },
    // Entra's Source ID is the object's objectId in the identity source (entries logged before it was kept show the record id).
    {
      id: "sourceId",
      header: "Source ID",
      enableSorting: false,
      cell: ({ row }) => mono(row.original.sourceObjectId ?? row.original.sourceId),
    },
    { id: "targetId", header: "Target ID", enableSorting: false, cell: ({ row }) => mono(row.original.targetId) },
    { id: "cycleId", header: "Cycle ID", enableSorting: false, cell: ({ row }) => mono(row.original.cycleId) },
    { id: "changeId", header: "Change ID", enableSorting: false, cell: ({ row }) => mono(row.original.changeId) },
    { id: "jobId", header: "Job ID", enableSorting: false, cell: ({ row }) => mono(row.original.jobId) },
    { id: "durationMs", header: "Duration", enableSorting: false, cell: ({ row }) => `${row.original.durationMs} ms` },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      caption="Provisioning log entries"
      total={rows.length}
      page={1}
      pageSize={rows.length || 1}
      sort={{ id: "at", desc: sortDesc }}
      cursorPager={pager}
      emptyMessage="No provisioning log entries match these filters."
      columnChooser={{ storageKey: "provisioning-log", hiddenByDefault: HIDDEN_BY_DEFAULT }}
    />
  );
}
