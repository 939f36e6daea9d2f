import type { Metadata } from "next";
import { formatUtc } from "@/lib/console/format-date";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { getGroupDetails } from "@/lib/directory/get-group-details";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { personName } from "@/lib/directory/person-name";
import { sourceLabel } from "@/lib/directory/source-labels";

export const metadata: Metadata = { title: "Group" };

export default async function GroupPage({ params }: { params: Promise<{ org: string; groupId: string }> }) {
  const { org: slug, groupId } = await params;
  const { org } = await requirePageAccess(slug, "directory:read");
  const group = await getGroupDetails(org.id, groupId);
  if (!group) notFound();
  return (
    <>
      <PageHeader title={group.displayName} description={`Group · ${group.memberCount} member${group.memberCount === 1 ? "" : "s"} · source: ${await sourceLabel(group.source)}`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Attributes">
          <dl className="space-y-2 text-sm">
            {[["id", group.id], ["displayName", group.displayName], ["externalId", group.externalId ?? "—"], ["Created", formatUtc(group.createdAt)], ["Last modified", formatUtc(group.updatedAt)]].map(([k, v]) => (
              <div key={k}><dt className="font-medium text-slate-600">{k}</dt><dd className="break-all">{v}</dd></div>
            ))}
          </dl>
        </Card>
        <div className="lg:col-span-2">
          <Card title={`Members (${group.memberCount})`}>
            {group.members.length === 0 ? <p className="text-sm text-slate-600">No members.</p> : (
              <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
                <caption className="sr-only">Members</caption>
                <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Name</th><th scope="col">User name</th><th scope="col">Status</th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {group.members.map((m) => (
                    <tr key={m.id}>
                      <td className="py-2"><Link className="text-brand-700 hover:underline" href={`/o/${slug}/directory/users/${m.id}`}>{personName(m)}</Link></td>
                      <td>{m.userName}</td>
                      <td>{m.active ? "Active" : "Inactive"}</td>
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
