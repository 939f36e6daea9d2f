import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { getOverview } from "@/lib/overview/get-overview";
import { getOverviewHealth } from "@/lib/overview/get-overview-health";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Countdown } from "@/components/domains/countdown";
import { AppHealthTable } from "@/components/overview/app-health-table";
import { OutcomeChart } from "@/components/overview/outcome-chart";
import { ScimRequestsChart } from "@/components/overview/scim-requests-chart";
import { Suspense } from "react";
import { ConsoleLoading } from "@/components/console/console-loading";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  // Checked before the Suspense below: once the skeleton streams the response is a 200, so a 403 must come first.
  const { org } = await requirePageAccess(slug, "console:read");
  return (
    <>
      <PageHeader title={org.name} description="Your organization at a glance." />
      <Suspense fallback={<ConsoleLoading hasHeader={false} />}>
        <Overview org={org} slug={slug} />
      </Suspense>
    </>
  );
}

async function Overview({ org, slug }: { org: { id: string }; slug: string }) {
  const now = new Date();
  const [o, health] = await Promise.all([getOverview(org.id), getOverviewHealth(org.id, now)]);
  const stats = [
    { label: "Users", value: o.users, detail: `${o.activeUsers} active`, href: `/o/${slug}/directory/users` },
    { label: "Groups", value: o.groups, detail: "in the directory", href: `/o/${slug}/directory/groups` },
    {
      label: "Verified domains",
      value: o.verifiedDomains.length,
      detail: o.verifiedDomains.join(", ") || "none yet",
      href: `/o/${slug}/domains`,
    },
    { label: "Console members", value: o.members, detail: "with a role", href: `/o/${slug}/settings` },
  ];
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        {stats.map((s) => (
          <div
            key={s.label}
            className="relative rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600"
          >
            <dt className="text-sm font-medium text-slate-600">
              <Link href={s.href} className="after:absolute after:inset-0">
                {s.label}
              </Link>
            </dt>
            <dd className="mt-1 text-3xl font-semibold">{s.value}</dd>
            <dd className="mt-1 truncate text-xs text-slate-600">{s.detail}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 space-y-6">
        <Card title="Provisioning by app">
          <AppHealthTable apps={health.apps} orgSlug={slug} />
        </Card>
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <Card title="Provisioning outcomes, last 14 days">
            <OutcomeChart days={health.outcomes} title="Provisioning outcomes" logsHref={`/o/${slug}/logs`} />
          </Card>
          <Card title="Inbound SCIM requests, last 24 hours">
            <ScimRequestsChart hours={health.requests} />
          </Card>
        </div>
        {health.pendingDomains.length > 0 && (
          <Card title="Pending domains">
            <ul className="divide-y divide-slate-100 text-sm">
              {health.pendingDomains.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/o/${slug}/domains/${d.id}`} className="font-medium text-brand-700 hover:underline">
                    {d.name}
                  </Link>
                  <span className="text-slate-700">
                    <Countdown expiresAt={d.expiresAt} now={now.toISOString()} /> to verify
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
