import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { parseTableParams } from "@/lib/console/table-params";
import { listSourceGroups, SOURCE_GROUP_SORTS } from "@/lib/source-directory/list-source-directory";
import { PageHeader } from "@/components/ui/page-header";
import { SourceTabs } from "@/components/source-directory/source-tabs";
import { SourceGroupsTable } from "@/components/source-directory/source-groups-table";

export const metadata: Metadata = { title: "Source directory groups" };

export default async function SourceGroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "directory:read");
  const table = parseTableParams(await searchParams, SOURCE_GROUP_SORTS, { id: "displayName", desc: false });
  const { rows, total } = await listSourceGroups(org.id, table);
  return (
    <>
      <PageHeader
        title="Source directory"
        description="Groups of the identity source. Assigning a group to an app brings its members into scope."
      />
      <SourceTabs orgSlug={slug} current="groups" canWrite={can(role, "config:write")} />
      <SourceGroupsTable
        orgSlug={slug}
        rows={rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }))}
        total={total}
        page={table.page}
        pageSize={table.pageSize}
        sort={table.sort}
        search={table.q}
        emptyMessage="No groups match."
      />
    </>
  );
}
