import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { explainGroup } from "@/lib/provisioning/explain/explain-group";
import { Card } from "@/components/ui/card";
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

export const metadata: Metadata = { title: "Why? A group's access" };

const SHOWN_MEMBERS = 50;

export default async function WhyGroupPage({ params }: { params: Promise<{ org: string; groupId: string }> }) {
  const { org: slug, groupId } = await params;
  const { org, role } = await requirePageAccess(slug, "logs:read");
  const x = await explainGroup(org.id, groupId).catch((e) =>
    isAppError(e) && e.code === "not_found" ? null : Promise.reject(e),
  );
  if (!x) notFound();
  const g = x.group;
  const why = (id: string) => `/o/${slug}/why/users/${id}`;
  return (
    <>
      <Link href={`/o/${slug}/why`} className="mb-3 inline-block text-sm text-brand-700 underline">
        ← Search again
      </Link>
      <div className="mb-4 min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">{g.displayName}</h1>
        <p className="mt-1 text-sm [overflow-wrap:anywhere] text-slate-600">
          Group · {x.members.length} member(s) in the identity source{g.description ? ` · ${g.description}` : ""}
          {g.deleted ? " · deleted" : ""}
        </p>
      </div>
      <nav
        aria-label="About this group"
        className="mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm [overflow-wrap:anywhere]"
      >
        <Link
          className="font-medium text-brand-700 underline"
          href={`/o/${slug}/logs?q=${encodeURIComponent(g.id)}&range=all`}
        >
          Its provisioning log entries
        </Link>
        {can(role, "directory:read") && (
          <Link className="font-medium text-brand-700 underline" href={`/o/${slug}/source-directory/groups/${g.id}`}>
            Identity source record
          </Link>
        )}
      </nav>
      <div className="space-y-6">
        {x.apps.length === 0 && (
          <Card>
            <p className="text-sm">This organization has no enterprise app yet.</p>
          </Card>
        )}
        {x.apps.map((a) => (
          <AppSection key={a.app.id} app={a.app}>
            <Answer text={a.answer} />
            <Facts>
              <Fact label="Assigned">
                {a.app.scope === "all"
                  ? "Everyone is in scope (the app syncs all users and groups)"
                  : a.scope.code === "NotEffectivelyEntitled"
                    ? "No"
                    : "Yes"}
              </Fact>
              <Fact label="Scoping rules">
                <ScopingRules clauses={a.clauses} />
              </Fact>
              <Fact label={`In ${a.app.name}`}>{a.provisioned ? "The group exists there" : "Not there"}</Fact>
              {a.membersToAdd.length > 0 && (
                <Fact label="Members to add">
                  {a.membersToAdd.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && ", "}
                      <Link className="text-brand-700 underline" href={why(m.id)}>
                        {m.displayName}
                      </Link>
                    </span>
                  ))}
                </Fact>
              )}
              {a.notProvisioned.length > 0 && (
                <Fact label={`Members not in ${a.app.name}`}>
                  {a.notProvisioned.slice(0, SHOWN_MEMBERS).map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && ", "}
                      <Link className="text-brand-700 underline" href={why(m.id)}>
                        {m.displayName}
                      </Link>
                    </span>
                  ))}
                  {a.notProvisioned.length > SHOWN_MEMBERS && ` and ${a.notProvisioned.length - SHOWN_MEMBERS} more`}
                </Fact>
              )}
              <Fact label="Last action">
                <LastAction entry={a.lastEntry} orgSlug={slug} />
              </Fact>
              <Fact label="Next cycle">
                <NextCycle app={a.app} prediction={a.prediction} kind="group" />
              </Fact>
              <AppStatusFacts app={a.app} orgSlug={slug} />
            </Facts>
          </AppSection>
        ))}
        <Card title={`Members (${x.members.length})`}>
          {x.members.length === 0 ? (
            <p className="text-sm text-slate-600">No members.</p>
          ) : (
            <ul className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {x.members.slice(0, 200).map((m) => (
                <li key={m.id} className="min-w-0 truncate">
                  <Link className="text-brand-700 hover:underline" href={why(m.id)}>
                    {m.displayName}
                  </Link>{" "}
                  <span className="text-slate-600">{m.userPrincipalName}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
