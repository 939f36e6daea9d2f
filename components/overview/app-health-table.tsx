// The Overview's per-app provisioning health: status, last and next cycle, failures in the last 24 hours (a link
// to those log entries) and quarantine.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import type { AppHealth, AppHealthStatus } from "@/lib/provisioning/provisioning-job/app-health";
import { DateTime } from "@/components/ui/date-time";

const BADGE: Record<AppHealthStatus, string> = {
  Running: "bg-brand-50 text-brand-800 ring-brand-100",
  Quarantined: "bg-red-50 text-red-800 ring-red-200",
  On: "bg-green-50 text-green-800 ring-green-200",
  Off: "bg-slate-100 text-slate-700 ring-slate-200",
  Manual: "bg-slate-100 text-slate-700 ring-slate-200",
};

const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "app", header: "App" },
  { accessorKey: "status", header: "Status" },
  { accessorKey: "lastCycle", header: "Last cycle" },
  { accessorKey: "nextCycle", header: "Next cycle" },
  { accessorKey: "failures", header: "Failures (24 h)" },
  { accessorKey: "quarantine", header: "Quarantine", meta: { isWrapping: true } },
];

export function AppHealthTable({ apps, orgSlug }: { apps: AppHealth[]; orgSlug: string }) {
  const emptyMessage = (
    <>
      No enterprise apps yet.{" "}
      <Link href={`/o/${orgSlug}/apps/new`} className="text-brand-700 underline">
        Add one
      </Link>{" "}
      to provision users and groups.
    </>
  );
  return (
    <DataTable
      caption="Provisioning health per enterprise app"
      columns={COLUMNS}
      hasRowHeaders
      emptyMessage={emptyMessage}
      rows={apps.map((a) => {
        const app = `/o/${orgSlug}/apps/${a.id}`;
        return {
          app: (
            <Link href={`${app}/provisioning`} className="text-brand-700 hover:underline">
              {a.name}
            </Link>
          ),
          status: (
            <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${BADGE[a.status]}`}>
              {a.status}
            </span>
          ),
          lastCycle: a.lastCycle ? (
            <>
              <DateTime value={a.lastCycle.finishedAt} /> <span className="text-slate-600">· {a.lastCycle.status}</span>
            </>
          ) : (
            <span className="text-slate-600">None yet</span>
          ),
          nextCycle: a.nextCycleAt ? (
            <DateTime value={a.nextCycleAt} />
          ) : (
            <span className="text-slate-600">Not scheduled</span>
          ),
          failures:
            a.failures24h > 0 ? (
              <Link
                href={`/o/${orgSlug}/logs?app=${encodeURIComponent(a.id)}&status=Failure&range=24h`}
                className="font-medium text-red-700 underline"
              >
                {a.failures24h.toLocaleString("en-US")} failed
              </Link>
            ) : (
              <span className="text-slate-600">None</span>
            ),
          quarantine: a.quarantine ? (
            <Link href={`${app}/provisioning`} className="text-red-700 underline">
              Since <DateTime value={a.quarantine.since} />
              {a.quarantine.reason ? `: ${a.quarantine.reason}` : ""}
            </Link>
          ) : (
            <span className="text-slate-600">No</span>
          ),
        };
      })}
    />
  );
}
