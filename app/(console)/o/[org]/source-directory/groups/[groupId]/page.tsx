import type { Metadata } from "next";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getSourceGroup } from "@/lib/source-directory/list-source-directory";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/provisioning/action-button";
import { AddMemberForm } from "@/components/source-directory/add-member-form";
import { SourceGroupForm } from "@/components/source-directory/source-group-form";
import { addMemberAction, deleteSourceGroupAction, removeMemberAction, saveSourceGroupAction } from "../../actions";

export const metadata: Metadata = { title: "Source group" };

const MEMBER_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "userPrincipalName", header: "User principal name" },
  { accessorKey: "account", header: "Account" },
];
const ACTIONS_COLUMN: ColumnDef<CellRow> = {
  accessorKey: "actions",
  header: "Actions",
  meta: { isHeaderHidden: true, align: "right" },
};

export default async function SourceGroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; groupId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { org: slug, groupId } = await params;
  const { org, role } = await requirePageAccess(slug, "directory:read");
  const group = await getSourceGroup(org.id, groupId);
  if (!group) notFound();
  const canWrite = can(role, "config:write");
  return (
    <>
      <PageHeader
        title={group.displayName}
        description={`Source group · ${group.memberCount} member${group.memberCount === 1 ? "" : "s"} · objectId ${group.objectId}`}
        actions={
          canWrite && (
            <ActionButton
              action={deleteSourceGroupAction.bind(null, slug, group.id)}
              label="Delete group"
              variant="danger"
              confirm={`Delete ${group.displayName}? Apps delete the group in their next cycle, and members assigned only through it are disabled.`}
            />
          )
        }
      />
      <nav aria-label="About this group" className="-mt-3 mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link className="font-medium text-brand-700 underline" href={`/o/${slug}/why/groups/${group.id}`}>
          Why? Its access to every app
        </Link>
        <Link
          className="font-medium text-brand-700 underline"
          href={`/o/${slug}/logs?q=${encodeURIComponent(group.id)}&range=all`}
        >
          Its provisioning log entries
        </Link>
      </nav>
      {(await searchParams).saved && (
        <div className="mb-4">
          <Alert tone="success">Saved.</Alert>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Attributes">
          <SourceGroupForm
            action={saveSourceGroupAction.bind(null, slug, group.id)}
            group={group}
            canWrite={canWrite}
          />
        </Card>
        <div className="min-w-0 lg:col-span-2">
          <Card title={`Members (${group.memberCount})`}>
            {canWrite && (
              <div className="mb-4">
                <AddMemberForm action={addMemberAction.bind(null, slug, group.id)} />
              </div>
            )}
            <DataTable
              caption="Members"
              emptyMessage="No members."
              rows={group.members.map((m) => ({
                name: (
                  <Link className="text-brand-700 hover:underline" href={`/o/${slug}/source-directory/users/${m.id}`}>
                    {m.displayName}
                  </Link>
                ),
                userPrincipalName: m.userPrincipalName,
                account: m.accountEnabled ? "Enabled" : "Disabled",
                actions: canWrite && (
                  <ActionButton
                    action={removeMemberAction.bind(null, slug, group.id, m.id)}
                    label="Remove"
                    link
                    srLabel={m.userPrincipalName}
                  />
                ),
              }))}
              columns={canWrite ? [...MEMBER_COLUMNS, ACTIONS_COLUMN] : MEMBER_COLUMNS}
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
