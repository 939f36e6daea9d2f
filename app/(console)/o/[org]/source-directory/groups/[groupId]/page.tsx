import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getSourceGroup } from "@/lib/source-directory/list-source-directory";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/provisioning/action-button";
import { AddMemberForm } from "@/components/source-directory/add-member-form";
import { SourceGroupForm } from "@/components/source-directory/source-group-form";
import { addMemberAction, deleteSourceGroupAction, removeMemberAction, saveSourceGroupAction } from "../../actions";

export const metadata: Metadata = { title: "Source group" };

export default async function SourceGroupPage({ params, searchParams }: { params: Promise<{ org: string; groupId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { org: slug, groupId } = await params;
  const { org, role } = await requirePageAccess(slug, "directory:read");
  const group = await getSourceGroup(org.id, groupId);
  if (!group) notFound();
  const canWrite = can(role, "config:write");
  return (
    <>
      <PageHeader title={group.displayName} description={`Source group · ${group.memberCount} member${group.memberCount === 1 ? "" : "s"} · objectId ${group.objectId}`}
        actions={canWrite && <ActionButton action={deleteSourceGroupAction.bind(null, slug, group.id)} label="Delete group" variant="danger"
          confirm={`Delete ${group.displayName}? Apps delete the group in their next cycle, and members assigned only through it are disabled.`} />} />
      <nav aria-label="About this group" className="-mt-3 mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link className="font-medium text-brand-700 underline" href={`/o/${slug}/why/groups/${group.id}`}>Why? Its access to every app</Link>
        <Link className="font-medium text-brand-700 underline" href={`/o/${slug}/logs?q=${encodeURIComponent(group.id)}&range=all`}>Its provisioning log entries</Link>
      </nav>
      {(await searchParams).saved && <div className="mb-4"><Alert tone="success">Saved.</Alert></div>}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Attributes"><SourceGroupForm action={saveSourceGroupAction.bind(null, slug, group.id)} group={group} canWrite={canWrite} /></Card>
        <div className="lg:col-span-2">
          <Card title={`Members (${group.memberCount})`}>
            {canWrite && <div className="mb-4"><AddMemberForm action={addMemberAction.bind(null, slug, group.id)} /></div>}
            {group.members.length === 0 ? <p className="text-sm text-slate-600">No members.</p> : (
              <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
                <caption className="sr-only">Members</caption>
                <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Name</th><th scope="col">User principal name</th><th scope="col">Account</th>{canWrite && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {group.members.map((m) => (
                    <tr key={m.id}>
                      <td className="py-2"><Link className="text-brand-700 hover:underline" href={`/o/${slug}/source-directory/users/${m.id}`}>{m.displayName}</Link></td>
                      <td>{m.userPrincipalName}</td>
                      <td>{m.accountEnabled ? "Enabled" : "Disabled"}</td>
                      {canWrite && <td className="text-right"><ActionButton action={removeMemberAction.bind(null, slug, group.id, m.id)} label="Remove" link srLabel={m.userPrincipalName} /></td>}
                    </tr>
                  ))}
                </tbody>
              </table></div>
            )}
            {group.memberCount > group.members.length && <p className="mt-3 text-xs text-slate-600">Showing the first {group.members.length} members.</p>}
          </Card>
        </div>
      </div>
    </>
  );
}
