// Navigation inside the mapping screens, back to the app's provisioning page.
import Link from "next/link";

export function MappingsNav({ slug, appId, current }: { slug: string; appId: string; current: "list" | "user" | "group" | "history" }) {
  const base = `/o/${slug}/apps/${appId}`;
  const links = [["list", `${base}/mappings`, "Mappings"], ["user", `${base}/mappings/user`, "Provision users"], ["group", `${base}/mappings/group`, "Provision groups"], ["history", `${base}/mappings/history`, "Version history"]] as const;
  return (
    <nav aria-label="Mappings" className="mb-6 flex flex-wrap items-center gap-2 border-b border-slate-200">
      <Link href={`${base}/provisioning`} className="px-3 py-2 text-sm text-slate-700 hover:text-brand-700">← Provisioning</Link>
      {links.map(([key, href, label]) => (
        <Link key={key} href={href} aria-current={current === key ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${current === key ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"}`}>{label}</Link>
      ))}
    </nav>
  );
}
