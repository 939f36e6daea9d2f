// Pieces the person and group explanations share: the answer, the app heading, scoping clauses with their verdicts,
// the last log entry, and a definition list that stacks on narrow screens.
import Link from "next/link";
import type { LastEntry } from "@/lib/logs/last-entry-for-source";
import type { AppRunStatus } from "@/lib/provisioning/explain/app-run-status";
import type { ClauseVerdict } from "@/lib/provisioning/explain/explain-user";
import { formatWhen } from "@/lib/provisioning/explain/plain-words";
import type { Prediction } from "@/lib/provisioning/explain/predict";
import { OnOffBadge } from "./app-status-list";

export function AppSection({ app, children }: { app: AppRunStatus; children: React.ReactNode }) {
  const id = `app-${app.id}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-4 py-3 sm:px-5">
        <h2 id={id} className="min-w-0 text-base font-semibold [overflow-wrap:anywhere]">
          {app.name}
        </h2>
        <OnOffBadge isOn={app.isOn} />
        {app.isQuarantined && (
          <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">In quarantine</span>
        )}
      </div>
      <div className="space-y-4 p-4 sm:p-5">{children}</div>
    </section>
  );
}

export function Answer({ text }: { text: string }) {
  return (
    <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-base leading-relaxed font-medium [overflow-wrap:anywhere] text-slate-900">
      <span className="sr-only">Answer: </span>
      {text}
    </p>
  );
}

export function Facts({ children }: { children: React.ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium [overflow-wrap:anywhere] text-slate-600">{label}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere] text-slate-900">{children}</dd>
    </>
  );
}

export function ScopingRules({ clauses }: { clauses: ClauseVerdict[] }) {
  if (clauses.length === 0) return <>None: everyone assigned is in scope.</>;
  return (
    <ul className="space-y-2">
      {clauses.map((c, i) => (
        <li key={i} className="flex flex-wrap items-baseline gap-x-2">
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${c.passes ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}
          >
            {c.passes ? "Met" : "Not met"}
          </span>
          <span>
            Rule &ldquo;{c.filterName}&rdquo; needs {c.words}; {c.attribute} is{" "}
            {c.value === null ? <em>empty</em> : <>&ldquo;{c.value}&rdquo;</>}
          </span>
          <span className="w-full font-mono text-xs text-slate-500">{c.clause}</span>
        </li>
      ))}
    </ul>
  );
}

export function LastAction({ entry, orgSlug }: { entry: LastEntry | null; orgSlug: string }) {
  if (!entry) return <>No log entry yet (the log keeps entries for its retention period).</>;
  return (
    <>
      {entry.action} · {entry.status} · {formatWhen(entry.at)}
      {entry.errorCode ? ` · ${entry.errorCode}` : ""}{" "}
      <Link className="text-brand-700 underline" href={`/o/${orgSlug}/logs/entries/${entry.id}`}>
        Open the log entry
      </Link>
    </>
  );
}

export function NextCycle({
  app,
  prediction,
  kind,
}: {
  app: AppRunStatus;
  prediction: Prediction;
  kind: "person" | "group";
}) {
  const when = app.nextRunAt ? formatWhen(app.nextRunAt) : "not scheduled (provisioning is Off)";
  const their = kind === "person" ? "their account" : "the group";
  const what =
    prediction.action === "None"
      ? kind === "person"
        ? "nothing changes for them"
        : "nothing changes for the group"
      : prediction.action === "Create"
        ? `create ${their}`
        : prediction.action === "Delete"
          ? `delete ${their}`
          : prediction.action === "Disable"
            ? `disable ${their}`
            : `update ${prediction.changes.map((c) => `${c.label} (${c.from ?? "empty"} → ${c.to})`).join(", ") || "its members"}`;
  return (
    <>
      {when}: {what}
    </>
  );
}

export function AppStatusFacts({ app, orgSlug }: { app: AppRunStatus; orgSlug: string }) {
  return (
    <>
      <Fact label="Provisioning">{app.isOn ? "On" : app.mode === "automatic" ? "Off" : "Off (manual mode)"}</Fact>
      <Fact label="Quarantine">
        {app.isQuarantined
          ? `Yes, since ${formatWhen(app.quarantineSince!)}${app.quarantineReason ? `: ${app.quarantineReason}` : ""}`
          : "No"}
      </Fact>
      <Fact label="Last cycle">
        {app.lastCycleFinishedAt ? formatWhen(app.lastCycleFinishedAt) : "None yet"}
        {app.lastCycleId && (
          <>
            {" "}
            ·{" "}
            <Link className="text-brand-700 underline" href={`/o/${orgSlug}/logs?cycle=${app.lastCycleId}&range=all`}>
              its log entries
            </Link>
          </>
        )}
      </Fact>
    </>
  );
}
