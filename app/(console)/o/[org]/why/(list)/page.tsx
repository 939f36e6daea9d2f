import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { readParam } from "@/lib/logs/filter-params";
import { listAppRunStatus } from "@/lib/provisioning/explain/app-run-status";
import { findPrincipals, ZWhyQuery } from "@/lib/provisioning/explain/find-principals";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AppStatusList } from "@/components/explain/app-status-list";
import { WhySearchForm } from "@/components/explain/why-search-form";

export const metadata: Metadata = { title: "Why?" };

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WhySearchPage({ params, searchParams }: Props) {
  const { org: slug } = await params;
  const { org } = await requirePageAccess(slug, "logs:read");
  const parsed = ZWhyQuery.safeParse(readParam(await searchParams, "q") ?? "");
  const q = parsed.success ? parsed.data : "";
  const [found, apps] = await Promise.all([findPrincipals(org.id, q), listAppRunStatus(org.id)]);
  const base = `/o/${slug}/why`;
  return (
    <>
      <PageHeader
        title="Why? Access to apps, explained"
        description="Find a person or a group to see, for every app, whether they get an account there, why or why not, and what happens next."
      />
      <div className="space-y-6">
        <Card>
          <WhySearchForm action={base} value={parsed.success ? q : ""} />
        </Card>
        {!parsed.success && <Alert tone="error">{parsed.error.issues[0]?.message}</Alert>}
        {q && (
          <Card title={`Results for “${q}”`}>
            {found.people.length + found.groups.length === 0 ? (
              <p className="text-sm text-slate-700">
                Nobody and no group in the identity source matches &ldquo;{q}&rdquo;. Try a last name, the start of an
                email, or an id from the logs.
              </p>
            ) : (
              <div className="grid gap-6 lg:grid-cols-2">
                <div>
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">People ({found.people.length})</h3>
                  {found.people.length === 0 ? (
                    <p className="text-sm text-slate-600">None.</p>
                  ) : (
                    <ul className="divide-y divide-slate-100">
                      {found.people.map((p) => (
                        <li key={p.id} className="py-2 text-sm">
                          <Link
                            className="font-medium [overflow-wrap:anywhere] text-brand-700 hover:underline"
                            href={`${base}/users/${p.id}`}
                          >
                            {p.displayName}
                          </Link>
                          <span className="block [overflow-wrap:anywhere] text-slate-600">
                            {p.userPrincipalName}
                            {p.department ? ` · ${p.department}` : ""}
                            {p.accountEnabled ? "" : " · account disabled"}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div>
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">Groups ({found.groups.length})</h3>
                  {found.groups.length === 0 ? (
                    <p className="text-sm text-slate-600">None.</p>
                  ) : (
                    <ul className="divide-y divide-slate-100">
                      {found.groups.map((g) => (
                        <li key={g.id} className="py-2 text-sm">
                          <Link className="font-medium text-brand-700 hover:underline" href={`${base}/groups/${g.id}`}>
                            {g.displayName}
                          </Link>
                          {g.description && <span className="block text-slate-600">{g.description}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            )}
          </Card>
        )}
        <Card title="Apps and their provisioning status">
          <AppStatusList apps={apps} orgSlug={slug} />
        </Card>
      </div>
    </>
  );
}
