import Link from "next/link";

/** Switches between the two log viewers, which share the Provisioning logs section of the console. */
export function LogsSubnav({ orgSlug, current }: { orgSlug: string; current: "provisioning" | "scim" }) {
  const tabs = [
    { key: "provisioning", href: `/o/${orgSlug}/logs`, label: "Provisioning log" },
    { key: "scim", href: `/o/${orgSlug}/logs/scim`, label: "Inbound SCIM requests" },
  ] as const;
  return (
    <nav aria-label="Logs" className="mb-5 flex gap-1 border-b border-slate-200">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${t.key === current ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
