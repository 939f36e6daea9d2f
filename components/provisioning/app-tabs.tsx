import Link from "next/link";

export function AppTabs({
  orgSlug,
  appId,
  current,
}: {
  orgSlug: string;
  appId: string;
  current: "overview" | "users-groups" | "provisioning" | "mappings";
}) {
  const base = `/o/${orgSlug}/apps/${appId}`;
  const tabs = [
    ["overview", base, "Overview"],
    ["users-groups", `${base}/users-groups`, "Users and groups"],
    ["provisioning", `${base}/provisioning`, "Provisioning"],
    ["mappings", `${base}/mappings`, "Mappings"],
  ] as const;
  return (
    <nav aria-label="Application" className="mb-6 flex flex-wrap border-b border-slate-200 sm:gap-2">
      {tabs.map(([key, href, label]) => (
        <Link
          key={key}
          href={href}
          aria-current={current === key ? "page" : undefined}
          className={`-mb-px border-b-2 px-2 py-2 text-sm font-medium whitespace-nowrap sm:px-3 ${current === key ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"}`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
