import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { formatUtc } from "@/lib/console/format-date";
import { listAssignments } from "@/lib/provisioning/apps/assignments";
import { findAppName } from "@/lib/provisioning/apps/find-app";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/provisioning/action-button";
import { AppTabs } from "@/components/provisioning/app-tabs";
import { AssignForm } from "@/components/provisioning/assign-form";
import { assignAction, unassignAction } from "../../actions";

export const metadata: Metadata = { title: "Users and groups" };

export default async function UsersGroupsPage({ params, searchParams }: { params: Promise<{ org: string; appId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { org: slug, appId } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const app = await findAppName(org.id, appId);
  if (!app) notFound();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { rows, total } = await listAssignments(org.id, appId, { page, pageSize: 50 });
  const canWrite = can(role, "config:write");
  return (
    <>
      <PageHeader title={app.name} description="Users and groups assigned to the application. With the scope &quot;Sync only assigned users and groups&quot;, only they (and the members of assigned groups) are provisioned." />
      <AppTabs orgSlug={slug} appId={appId} current="users-groups" />
      {canWrite && <div className="mb-6"><Card title="Add assignment"><AssignForm action={assignAction.bind(null, slug, appId)} suggestUrl={`/api/orgs/${slug}/source-directory/suggest`} /></Card></div>}
      <Card title={`Assigned (${total})`}>
        {rows.length === 0 ? <p className="text-sm text-slate-600">Nobody is assigned yet.</p> : (
          <table className="min-w-full text-sm">
            <caption className="sr-only">Assigned users and groups</caption>
            <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Name</th><th scope="col">Type</th><th scope="col">Details</th><th scope="col">Assigned</th>{canWrite && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="py-2">{r.sourceId ? <Link className="text-brand-700 hover:underline" href={`/o/${slug}/source-directory/${r.type === "user" ? "users" : "groups"}/${r.sourceId}`}>{r.displayName}</Link> : r.displayName}</td>
                  <td>{r.type === "user" ? "User" : "Group"}</td>
                  <td>{r.detail}</td>
                  <td>{formatUtc(r.createdAt)}</td>
                  {canWrite && <td className="text-right"><ActionButton action={unassignAction.bind(null, slug, appId, r.id)} label="Remove" link srLabel={r.displayName} /></td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {total > 50 && (
          <nav aria-label="Pagination" className="mt-3 flex gap-3 text-sm">
            {page > 1 && <Link className="text-brand-700 underline" href={`?page=${page - 1}`}>Previous</Link>}
            <span>Page {page} of {Math.ceil(total / 50)}</span>
            {page * 50 < total && <Link className="text-brand-700 underline" href={`?page=${page + 1}`}>Next</Link>}
          </nav>
        )}
      </Card>
    </>
  );
}
