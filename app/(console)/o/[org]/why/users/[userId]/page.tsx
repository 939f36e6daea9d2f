import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { explainUser } from "@/lib/provisioning/explain/explain-user";
import { assignmentPhrase } from "@/lib/provisioning/explain/user-answer";
import { Card } from "@/components/ui/card";
import { WhySearchForm } from "@/components/explain/why-search-form";
import { AtAGlance } from "@/components/explain/at-a-glance";
import {
  Answer,
  AppSection,
  AppStatusFacts,
  Fact,
  Facts,
  LastAction,
  NextCycle,
  ScopingRules,
} from "@/components/explain/explanation-parts";

export const metadata: Metadata = { title: "Why? A person's access" };

const IN_APP: Record<string, string> = {
  active: "Has an account (enabled)",
  disabled: "Has an account, disabled",
  deleted: "Deleted there",
};

export default async function WhyUserPage({ params }: { params: Promise<{ org: string; userId: string }> }) {
  const { org: slug, userId } = await params;
  const { org, role } = await requirePageAccess(slug, "logs:read");
  const x = await explainUser(org.id, userId).catch((e) =>
    isAppError(e) && e.code === "not_found" ? null : Promise.reject(e),
  );
  if (!x) notFound();
  const p = x.person;
  const logsHref = `/o/${slug}/logs?q=${encodeURIComponent(p.id)}&range=all`;
  return (
    <>
      <Link href={`/o/${slug}/why`} className="mb-3 inline-block text-sm text-brand-700 underline">
        ← Search again
      </Link>
      <div className="mb-4 min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">{p.displayName}</h1>
        <p className="mt-1 text-sm [overflow-wrap:anywhere] text-slate-600">
          {p.userPrincipalName}
          {p.department ? ` · ${p.department}` : ""} · account {p.accountEnabled ? "enabled" : "disabled"} in the
          identity source{p.deleted ? " · deleted" : ""}
        </p>
      </div>
      <nav
        aria-label="About this person"
        className="mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm [overflow-wrap:anywhere]"
      >
        <Link className="font-medium text-brand-700 underline" href={logsHref}>
          Their provisioning log entries
        </Link>
        {can(role, "directory:read") && (
          <Link className="font-medium text-brand-700 underline" href={`/o/${slug}/source-directory/users/${p.id}`}>
            Identity source record
          </Link>
        )}
      </nav>
      <div className="space-y-6">
        <AtAGlance apps={x.apps} />
        {x.apps.length === 0 && (
          <Card>
            <p className="text-sm">
              This organization has no enterprise app yet, so {p.displayName} is not provisioned anywhere.
            </p>
          </Card>
        )}
        {x.apps.map((a) => (
          <AppSection key={a.app.id} app={a.app}>
            <Answer text={a.answer} />
            <Facts>
              <Fact label="Assigned">
                {a.assignedVia.everyone ? (
                  "Everyone is in scope (the app syncs all users and groups)"
                ) : a.assignedVia.direct || a.assignedVia.groups.length ? (
                  <>Yes, {assignmentPhrase({ ...a.assignedVia, groups: a.assignedVia.groups.map((g) => g.name) })}</>
                ) : (
                  "No: not directly, and none of their groups is assigned"
                )}
              </Fact>
              <Fact label="Scoping rules">
                <ScopingRules clauses={a.clauses} />
              </Fact>
              <Fact label={`In ${a.app.name}`}>
                {a.state?.targetId && a.state.lifecycle !== "deleted"
                  ? IN_APP[a.state.lifecycle]
                  : a.state?.lifecycle === "deleted"
                    ? IN_APP.deleted
                    : "No account (never provisioned)"}
              </Fact>
              <Fact label="Last action">
                <LastAction entry={a.lastEntry} orgSlug={slug} />
              </Fact>
              <Fact label="Next cycle">
                <NextCycle app={a.app} prediction={a.prediction} kind="person" />
              </Fact>
              <AppStatusFacts app={a.app} orgSlug={slug} />
            </Facts>
          </AppSection>
        ))}
        <Card title="Groups they belong to">
          {x.groups.length === 0 ? (
            <p className="text-sm text-slate-600">None.</p>
          ) : (
            <ul className="flex flex-wrap gap-2 text-sm">
              {x.groups.map((g) => (
                <li key={g.id}>
                  <Link
                    className="rounded-full bg-slate-100 px-3 py-1 text-brand-700 hover:underline"
                    href={`/o/${slug}/why/groups/${g.id}`}
                  >
                    {g.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <WhySearchForm action={`/o/${slug}/why`} value="" />
        </Card>
      </div>
    </>
  );
}
