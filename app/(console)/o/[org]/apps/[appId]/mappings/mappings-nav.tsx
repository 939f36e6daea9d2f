// The app's tabs, then navigation inside the mapping screens.
import Link from "next/link";
import { AppTabs } from "@/components/provisioning/app-tabs";

export function MappingsNav({
  slug,
  appId,
  current,
}: {
  slug: string;
  appId: string;
  current: "list" | "user" | "group" | "history";
}) {
  const base = `/o/${slug}/apps/${appId}`;
  const links = [
    ["list", `${base}/mappings`, "All mappings"],
    ["user", `${base}/mappings/user`, "Provision users"],
    ["group", `${base}/mappings/group`, "Provision groups"],
    ["history", `${base}/mappings/history`, "Version history"],
  ] as const;
  return (
    <>
      <AppTabs orgSlug={slug} appId={appId} current="mappings" />
      <nav aria-label="Mappings" className="-mt-3 mb-6 flex flex-wrap items-center gap-2">
        {links.map(([key, href, label]) => (
          <Link
            key={key}
            href={href}
            aria-current={current === key ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${current === key ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:text-brand-700"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
    </>
  );
}
