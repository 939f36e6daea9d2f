import type { Metadata } from "next";
import { formatUtc } from "@/lib/console/format-date";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { getGroupDetails } from "@/lib/directory/get-group-details";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { personName } from "@/lib/directory/person-name";
import { sourceLabel } from "@/lib/directory/source-labels";

export const metadata: Metadata = { title: "Group" };

const MEMBER_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "userName", header: "User name" },
  { accessorKey: "status", header: "Status" },
];

export default async function GroupPage({ params }: { params: Promise<{ org: string; groupId: string }> }) {
  const { org: slug, groupId } = await params;
  const { org } = await requirePageAccess(slug, "directory:read");
  const group = await getGroupDetails(org.id, groupId);
  if (!group) notFound();
  return (
    <>
      <PageHeader
        title={group.displayName}
        description={`Group · ${group.memberCount} member${group.memberCount === 1 ? "" : "s"} · source: ${await sourceLabel(group.source)}`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Attributes">
          <dl className="space-y-2 text-sm">
            {[
              ["id", group.id],
              ["displayName", group.displayName],
              ["externalId", group.externalId ?? "—"],
              ["Created", formatUtc(group.createdAt)],
              ["Last modified", formatUtc(group.updatedAt)],
            ].map(([k, v]) => (
              <div key={k}>
                <dt className="font-medium text-slate-600">{k}</dt>
                <dd className="break-all">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <div className="min-w-0 lg:col-span-2">
          <Card title={`Members (${group.memberCount})`}>
            <DataTable
              caption="Members"
              columns={MEMBER_COLUMNS}
              emptyMessage="No members."
              rows={group.members.map((m) => ({
                name: (
                  <Link className="text-brand-700 hover:underline" href={`/o/${slug}/directory/users/${m.id}`}>
                    {personName(m)}
                  </Link>
                ),
                userName: m.userName,
                status: m.active ? "Active" : "Inactive",
              }))}
            />
            {group.memberCount > group.members.length && (
              <p className="mt-3 text-xs text-slate-600">Showing the first {group.members.length} members.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
