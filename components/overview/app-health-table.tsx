// The Overview's per-app provisioning health: status, last and next cycle, failures in the last 24 hours (a link
// to those log entries) and quarantine.
import Link from "next/link";
import type { AppHealth, AppHealthStatus } from "@/lib/provisioning/provisioning-job/app-health";
import { DateTime } from "@/components/ui/date-time";

const BADGE: Record<AppHealthStatus, string> = {
  Running: "bg-brand-50 text-brand-800 ring-brand-100",
  Quarantined: "bg-red-50 text-red-800 ring-red-200",
  On: "bg-green-50 text-green-800 ring-green-200",
  Off: "bg-slate-100 text-slate-700 ring-slate-200",
  Manual: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function AppHealthTable({ apps, orgSlug }: { apps: AppHealth[]; orgSlug: string }) {
  if (apps.length === 0) {
    return <p className="text-sm text-slate-600">No enterprise apps yet. <Link href={`/o/${orgSlug}/apps/new`} className="text-brand-700 underline">Add one</Link> to provision users and groups.</p>;
  }
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Provisioning health per enterprise app</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="sticky left-0 bg-white py-2 pr-4">App</th><th scope="col" className="pr-4">Status</th><th scope="col" className="pr-4">Last cycle</th>
            <th scope="col" className="pr-4">Next cycle</th><th scope="col" className="pr-4">Failures (24 h)</th><th scope="col">Quarantine</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {apps.map((a) => {
            const app = `/o/${orgSlug}/apps/${a.id}`;
            return (
              <tr key={a.id} className="align-top">
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-white py-2 pr-4 text-left font-medium"><Link href={`${app}/provisioning`} className="text-brand-700 hover:underline">{a.name}</Link></th>
                <td className="pr-4 py-2"><span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${BADGE[a.status]}`}>{a.status}</span></td>
                <td className="whitespace-nowrap py-2 pr-4">{a.lastCycle ? <><DateTime value={a.lastCycle.finishedAt} /> <span className="text-slate-600">· {a.lastCycle.status}</span></> : <span className="text-slate-600">None yet</span>}</td>
                <td className="whitespace-nowrap py-2 pr-4">{a.nextCycleAt ? <DateTime value={a.nextCycleAt} /> : <span className="text-slate-600">Not scheduled</span>}</td>
                <td className="whitespace-nowrap py-2 pr-4">
                  {a.failures24h > 0
                    ? <Link href={`/o/${orgSlug}/logs?app=${encodeURIComponent(a.id)}&status=Failure&range=24h`} className="font-medium text-red-700 underline">{a.failures24h.toLocaleString("en-US")} failed</Link>
                    : <span className="text-slate-600">None</span>}
                </td>
                <td className="py-2">
                  {a.quarantine
                    ? <Link href={`${app}/provisioning`} className="text-red-700 underline">Since <DateTime value={a.quarantine.since} />{a.quarantine.reason ? `: ${a.quarantine.reason}` : ""}</Link>
                    : <span className="text-slate-600">No</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
