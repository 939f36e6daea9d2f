import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { parseTableParams } from "@/lib/console/table-params";
import {
  listSourceUsers,
  parseSourceUserFilters,
  SOURCE_USER_SORTS,
} from "@/lib/source-directory/list-source-directory";
import { PageHeader } from "@/components/ui/page-header";
import { SourceTabs } from "@/components/source-directory/source-tabs";
import { SourceUsersTable } from "@/components/source-directory/source-users-table";

export const metadata: Metadata = { title: "Source directory users" };

export default async function SourceUsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "directory:read");
  const query = await searchParams;
  const table = parseTableParams(query, SOURCE_USER_SORTS, { id: "displayName", desc: false });
  const filters = parseSourceUserFilters(query);
  const { rows, total } = await listSourceUsers(org.id, table, filters);
  return (
    <>
      <PageHeader
        title="Source directory"
        description="The identity source (the Entra ID side) that enterprise apps provision from: users and groups with members. Changes here reach every app in its next cycle."
      />
      <SourceTabs orgSlug={slug} current="users" canWrite={can(role, "config:write")} />
      <SourceUsersTable
        orgSlug={slug}
        rows={rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }))}
        total={total}
        page={table.page}
        pageSize={table.pageSize}
        sort={table.sort}
        search={table.q}
        emptyMessage="No users match."
        filters={[
          {
            name: "status",
            label: "Account",
            value: filters.status ?? "",
            options: [
              { value: "enabled", label: "Enabled" },
              { value: "disabled", label: "Disabled" },
            ],
          },
        ]}
      />
    </>
  );
}
