import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { getOverview } from "@/lib/orgs/get-overview";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePageAccess(slug, "console:read");
  const o = await getOverview(org.id);
  const stats = [
    { label: "Users", value: o.users, detail: `${o.activeUsers} active`, href: `/o/${slug}/directory/users` },
    { label: "Groups", value: o.groups, detail: "in the directory", href: `/o/${slug}/directory/groups` },
    { label: "Verified domains", value: o.verifiedDomains.length, detail: o.verifiedDomains.join(", ") || "none yet", href: `/o/${slug}/domains` },
    { label: "Console members", value: o.members, detail: "with a role", href: `/o/${slug}/settings` },
  ];
  return (
    <>
      <PageHeader title={org.name} description="Your organization at a glance." />
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="relative rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600">
            <dt className="text-sm font-medium text-slate-600">
              <Link href={s.href} className="after:absolute after:inset-0">{s.label}</Link>
            </dt>
            <dd className="mt-1 text-3xl font-semibold">{s.value}</dd>
            <dd className="mt-1 truncate text-xs text-slate-600">{s.detail}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
