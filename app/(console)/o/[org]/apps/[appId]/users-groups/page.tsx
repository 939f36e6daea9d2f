import type { Metadata } from "next";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { formatUtc } from "@/lib/console/format-date";
import { ZPageNumber } from "@/lib/console/table-params";
import { listAssignments } from "@/lib/provisioning/apps/assignments";
import { findAppName } from "@/lib/provisioning/apps/find-app";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/provisioning/action-button";
import { AppTabs } from "@/components/provisioning/app-tabs";
import { AssignForm } from "@/components/provisioning/assign-form";
import { assignAction, unassignAction } from "../../actions";

export const metadata: Metadata = { title: "Users and groups" };

const PAGE_SIZE = 50;
const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "type", header: "Type" },
  { accessorKey: "detail", header: "Details" },
  { accessorKey: "createdAt", header: "Assigned" },
];
const ACTIONS_COLUMN: ColumnDef<CellRow> = {
  accessorKey: "actions",
  header: "Actions",
  meta: { isHeaderHidden: true, align: "right" },
};

export default async function UsersGroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; appId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { org: slug, appId } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const app = await findAppName(org.id, appId);
  if (!app) notFound();
  const page = ZPageNumber.parse((await searchParams).page ?? 1);
  const { rows, total } = await listAssignments(org.id, appId, { page, pageSize: PAGE_SIZE });
  const canWrite = can(role, "config:write");
  return (
    <>
      <PageHeader
        title={app.name}
        description='Users and groups assigned to the application. With the scope "Sync only assigned users and groups", only they (and the members of assigned groups) are provisioned.'
      />
      <AppTabs orgSlug={slug} appId={appId} current="users-groups" />
      {canWrite && (
        <div className="mb-6">
          <Card title="Add assignment">
            <AssignForm
              action={assignAction.bind(null, slug, appId)}
              suggestUrl={`/api/orgs/${slug}/source-directory/suggest`}
            />
          </Card>
        </div>
      )}
      <Card title={`Assigned (${total})`}>
        {/* The pager appears once there is more than one page. */}
        <DataTable
          caption="Assigned users and groups"
          emptyMessage="Nobody is assigned yet."
          {...(total > PAGE_SIZE ? { total, page, pageSize: PAGE_SIZE } : {})}
          columns={canWrite ? [...COLUMNS, ACTIONS_COLUMN] : COLUMNS}
          rows={rows.map((r) => ({
            name: r.sourceId ? (
              <Link
                className="text-brand-700 hover:underline"
                href={`/o/${slug}/source-directory/${r.type === "user" ? "users" : "groups"}/${r.sourceId}`}
              >
                {r.displayName}
              </Link>
            ) : (
              r.displayName
            ),
            type: r.type === "user" ? "User" : "Group",
            detail: r.detail,
            createdAt: formatUtc(r.createdAt),
            actions: canWrite && (
              <ActionButton
                action={unassignAction.bind(null, slug, appId, r.id)}
                label="Remove"
                link
                srLabel={r.displayName}
              />
            ),
          }))}
        />
      </Card>
    </>
  );
}
