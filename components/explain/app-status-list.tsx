// Each enterprise app's provisioning status, read-only (what the help desk may see): On/Off, quarantine, last and
// next cycle, with the last cycle's log entries one click away.
import Link from "next/link";
import type { AppRunStatus } from "@/lib/provisioning/explain/app-run-status";
import { formatWhen } from "@/lib/provisioning/explain/plain-words";

export function AppStatusList({ apps, orgSlug }: { apps: AppRunStatus[]; orgSlug: string }) {
  if (apps.length === 0)
    return (
      <p className="text-sm text-slate-600">
        This organization has no enterprise app yet: nobody is provisioned anywhere.
      </p>
    );
  return (
    <ul className="divide-y divide-slate-100">
      {apps.map((a) => (
        <li key={a.id} className="py-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{a.name}</span>
            <OnOffBadge isOn={a.isOn} />
            {a.isQuarantined && (
              <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">
                In quarantine
              </span>
            )}
          </p>
          <p className="mt-1 text-slate-700">
            Last cycle: {a.lastCycleFinishedAt ? formatWhen(a.lastCycleFinishedAt) : "none yet"}
            {a.lastCycleId && (
              <>
                {" "}
                (
                <Link className="text-brand-700 underline" href={`/o/${orgSlug}/logs?cycle=${a.lastCycleId}&range=all`}>
                  its log entries
                </Link>
                )
              </>
            )}
            {" · "}Next cycle: {a.nextRunAt ? formatWhen(a.nextRunAt) : "not scheduled"}
          </p>
          {a.isQuarantined && a.quarantineReason && <p className="mt-1 text-red-800">{a.quarantineReason}</p>}
        </li>
      ))}
    </ul>
  );
}

export function OnOffBadge({ isOn }: { isOn: boolean }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${isOn ? "bg-green-100 text-green-800" : "bg-slate-200 text-slate-700"}`}
    >
      Provisioning {isOn ? "On" : "Off"}
    </span>
  );
}
