"use client";
// Progress and status (PRODUCT.md §5): a running indicator, the cycle type and percent complete, users and groups
// processed, the last cycle's completion time and duration, statistics to date. Polls all the time (every second
// while a cycle runs or one was just asked for, every few seconds otherwise), so a cycle started by Save, Sync now,
// Restart or the schedule shows up live and the panel ends on its counts; failures link to their log entries.
import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import type { FormState } from "@/lib/errors/form-state";
import type { ProvisioningStatus } from "@/lib/provisioning/provisioning-job/get-status";

type Status = Omit<ProvisioningStatus, "mapping">;
type Props = {
  initial: Status;
  pollUrl: string;
  logsUrl: string;
  canWrite: boolean;
  syncNow: (prev: FormState) => Promise<FormState>;
  restart: (prev: FormState) => Promise<FormState>;
};

/** Sent by whatever may just have started a cycle on this page (the settings form's Save). */
export const CYCLE_REQUESTED_EVENT = "org-center:cycle-requested";
const FAST_MS = 1000;
const IDLE_MS = 5000;
const WATCH_MS = 30_000;

const duration = (ms: number | null | undefined) =>
  ms === null || ms === undefined
    ? "—"
    : ms < 60_000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
const typeLabel = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1)} cycle`;

/** A count that opens the log entries behind it (that cycle, that action or status). */
function CountLink({ href, n, label }: { href: string; n: number; label: string }) {
  return n === 0 ? (
    <>
      {n} {label}
    </>
  ) : (
    <a className="text-brand-700 underline" href={href}>
      {n} {label}
    </a>
  );
}

export function ProvisioningProgress({ initial, pollUrl, logsUrl, canWrite, syncNow, restart }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const [watchUntil, setWatchUntil] = useState(0);
  const watch = () => setWatchUntil(Date.now() + WATCH_MS);
  const [synced, syncAction, syncing] = useActionState(async (prev: FormState) => {
    const r = await syncNow(prev);
    if (r.ok) watch();
    return r;
  }, {});
  const [restarted, restartAction, restarting] = useActionState(async (prev: FormState) => {
    const r = await restart(prev);
    if (r.ok) watch();
    return r;
  }, {});
  const seen = useRef({ running: initial.running, lastId: initial.last?.id ?? null });

  useEffect(() => {
    window.addEventListener(CYCLE_REQUESTED_EVENT, watch);
    return () => window.removeEventListener(CYCLE_REQUESTED_EVENT, watch);
  }, []);

  useEffect(() => {
    const fast = status.running || Date.now() < watchUntil;
    const timer = setTimeout(
      async () => {
        const res = document.hidden && !fast ? null : await fetch(pollUrl, { cache: "no-store" }).catch(() => null);
        if (res?.ok) {
          const next = (await res.json()) as Status;
          const lastId = next.last?.id ?? null;
          // A cycle ended (seen running, or a new last cycle): the rest of the page shows its outcome too.
          if ((seen.current.running && !next.running) || lastId !== seen.current.lastId) router.refresh();
          seen.current = { running: next.running, lastId };
          setStatus(next);
        } else setStatus((s) => ({ ...s }));
      },
      fast ? FAST_MS : IDLE_MS,
    );
    return () => clearTimeout(timer);
  }, [status, watchUntil, pollUrl, router]);

  const failedLink = (cycleId: string, failed: number) =>
    failed > 0 ? (
      <a
        className="font-medium text-red-700 underline"
        href={`${logsUrl}?${new URLSearchParams({ cycle: cycleId, status: "Failure", range: "all" })}`}
      >
        {failed} failed
      </a>
    ) : (
      <>{failed} failed</>
    );

  const c = status.current;
  const last = status.last;
  const stats = status.stats;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" className="flex items-center gap-2 text-sm font-medium">
          <span
            aria-hidden="true"
            className={`inline-block h-2.5 w-2.5 rounded-full ${status.running ? "animate-pulse bg-green-500" : "bg-slate-300"}`}
          />
          {status.running
            ? `Running: ${typeLabel(c?.type ?? "incremental")}`
            : c?.interrupted
              ? "Interrupted: the cycle resumes on the next run"
              : "Not running"}
        </p>
        {canWrite && (
          <div className="flex flex-wrap items-center gap-3">
            <form action={syncAction}>
              <Button type="submit" disabled={syncing}>
                {syncing ? "Starting…" : "Sync now"}
              </Button>
            </form>
            <form
              action={restartAction}
              onSubmit={(e) => {
                if (
                  !window.confirm(
                    "Restart provisioning? The job forgets what it provisioned and the next cycle is an initial cycle (existing objects are matched, not duplicated).",
                  )
                )
                  e.preventDefault();
              }}
            >
              <Button type="submit" variant="secondary" disabled={restarting}>
                Restart provisioning
              </Button>
            </form>
          </div>
        )}
      </div>
      {[synced, restarted].map(
        (s, i) =>
          s.message && (
            <p
              key={i}
              role={s.ok ? "status" : "alert"}
              className={`text-sm ${s.ok ? "text-green-700" : "text-red-700"}`}
            >
              {s.message}
            </p>
          ),
      )}
      {(c ?? last) &&
        (() => {
          const shown = (c ?? last)!;
          const label = c ? typeLabel(c.type) : `Last cycle (${typeLabel(shown.type).toLowerCase()})`;
          return (
            <div>
              <div className="mb-1 flex justify-between text-sm">
                <span>{label}</span>
                <span>{shown.percent}% complete</span>
              </div>
              <div
                role="progressbar"
                aria-label={`${label} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={shown.percent}
                className="h-3 overflow-hidden rounded-full bg-slate-200"
              >
                <div
                  className={`h-full rounded-full transition-all ${shown.status === "quarantined" ? "bg-red-600" : "bg-brand-600"}`}
                  style={{ width: `${shown.percent}%` }}
                />
              </div>
              <p className="mt-2 text-sm text-slate-700">
                Users {shown.processedUsers} of {shown.totalUsers} · groups {shown.processedGroups} of{" "}
                {shown.totalGroups} · created {shown.counts.users.created + shown.counts.groups.created}, updated{" "}
                {shown.counts.users.updated + shown.counts.groups.updated}, disabled {shown.counts.users.disabled},
                deleted {shown.counts.users.deleted + shown.counts.groups.deleted},{" "}
                {failedLink(shown.id, shown.counts.users.failed + shown.counts.groups.failed)}
              </p>
            </div>
          );
        })()}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        <dt className="font-medium text-slate-600">Last cycle</dt>
        <dd>
          {last ? (
            <>
              {typeLabel(last.type)} {last.status === "completed" ? "completed" : last.status}{" "}
              <DateTime value={last.finishedAt} />
            </>
          ) : (
            "No cycle has run yet."
          )}
        </dd>
        <dt className="font-medium text-slate-600">Last cycle duration</dt>
        <dd>{duration(last?.durationMs)}</dd>
        {last &&
          (() => {
            const entries = (filter: string) => `${logsUrl}?cycle=${encodeURIComponent(last.id)}&range=all&${filter}`;
            const u = last.counts.users;
            const g = last.counts.groups;
            return (
              <>
                <dt className="font-medium text-slate-600">Last cycle counts</dt>
                <dd>
                  users <CountLink href={entries("action=Create")} n={u.created} label="created" />,{" "}
                  <CountLink href={entries("action=Update")} n={u.updated} label="updated" />,{" "}
                  <CountLink href={entries("action=Disable")} n={u.disabled} label="disabled" />,{" "}
                  <CountLink href={entries("action=Delete")} n={u.deleted} label="deleted" />,{" "}
                  {failedLink(last.id, u.failed)}; groups{" "}
                  <CountLink href={entries("action=Create")} n={g.created} label="created" />,{" "}
                  <CountLink href={entries("action=Update")} n={g.updated} label="updated" />,{" "}
                  {failedLink(last.id, g.failed)}; members +{last.counts.members.added} −{last.counts.members.removed} ·{" "}
                  <a className="text-brand-700 underline" href={entries("")}>
                    all its log entries
                  </a>
                </dd>
              </>
            );
          })()}
        <dt className="font-medium text-slate-600">Next cycle</dt>
        <dd>
          {status.nextRunAt ? (
            <>
              {typeLabel(status.nextCycleType)}, <DateTime value={status.nextRunAt} />
            </>
          ) : (
            "Not scheduled (provisioning is Off or Manual)"
          )}
        </dd>
        <dt className="font-medium text-slate-600">Statistics to date</dt>
        <dd>
          {stats.cycles} cycles; users {stats.users.created} created, {stats.users.updated} updated,{" "}
          {stats.users.disabled} disabled, {stats.users.deleted} deleted, {stats.users.failed} failed; groups{" "}
          {stats.groups.created} created, {stats.groups.updated} updated, {stats.groups.deleted} deleted
        </dd>
      </dl>
    </div>
  );
}
