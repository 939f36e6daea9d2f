// A person's standing in every app, one line each, linking to the app's full explanation below.
import type { UserAppExplanation, Verdict } from "@/lib/provisioning/explain/explain-user";

const VERDICTS: Record<Verdict, { label: string; tone: string }> = {
  failing: { label: "Failing", tone: "bg-red-100 text-red-800" },
  pending: { label: "Change pending", tone: "bg-amber-100 text-amber-900" },
  "has-account": { label: "Has an account", tone: "bg-green-100 text-green-800" },
  disabled: { label: "Account disabled", tone: "bg-slate-200 text-slate-800" },
  "no-account": { label: "No account", tone: "bg-slate-100 text-slate-700" },
};

export function AtAGlance({ apps }: { apps: UserAppExplanation[] }) {
  if (apps.length < 2) return null;
  return (
    <section aria-labelledby="at-a-glance" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="at-a-glance" className="mb-2 text-base font-semibold">
        At a glance
      </h2>
      <ul className="divide-y divide-slate-100 text-sm">
        {apps.map((a) => (
          <li key={a.app.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <a
              className="min-w-0 font-medium [overflow-wrap:anywhere] text-brand-700 underline"
              href={`#app-${a.app.id}`}
            >
              {a.app.name}
            </a>
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${VERDICTS[a.verdict].tone}`}>
              {VERDICTS[a.verdict].label}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
