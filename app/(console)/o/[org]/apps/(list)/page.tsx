import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listApps } from "@/lib/provisioning/apps/find-app";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Enterprise apps" };

const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "kind", header: "Type" },
  { accessorKey: "status", header: "Provisioning" },
  { accessorKey: "assignmentCount", header: "Assigned" },
  { accessorKey: "lastCycle", header: "Last cycle" },
];

function status(app: Awaited<ReturnType<typeof listApps>>[number]) {
  const job = app.job;
  if (!job) return "—";
  if (job.quarantinedAt) return "Quarantined";
  if (job.mode !== "automatic") return "Manual";
  return job.enabled ? "On" : "Off";
}

export default async function AppsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const apps = await listApps(org.id);
  return (
    <>
      <PageHeader
        title="Enterprise apps"
        description="Applications that users and groups of the source directory are provisioned to: the LogMeIn gallery app (an organization of this Org Center) or any SCIM 2.0 app."
        actions={
          can(role, "config:write") && (
            <Link
              href={`/o/${slug}/apps/new`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              New application
            </Link>
          )
        }
      />
      <DataTable
        caption="Enterprise applications"
        columns={COLUMNS}
        emptyMessage="No applications yet."
        rows={apps.map((a) => ({
          name: (
            <Link className="font-medium text-brand-700 hover:underline" href={`/o/${slug}/apps/${a.id}`}>
              {a.name}
            </Link>
          ),
          kind: a.kind === "logmein" ? "LogMeIn (gallery)" : "Custom SCIM",
          status: status(a),
          assignmentCount: a.assignmentCount,
          lastCycle: <DateTime value={a.job?.lastCycleFinishedAt} exact />,
        }))}
      />
    </>
  );
}
