import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { parseTableParams } from "@/lib/console/table-params";
import { listGroupsPage, GROUP_SORTS } from "@/lib/directory/list-groups-page";
import { PageHeader } from "@/components/ui/page-header";
import { GroupsTable } from "@/components/directory/groups-table";
import { sourceLabels } from "@/lib/directory/source-labels";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug } = await params;
  const { org } = await requirePageAccess(slug, "directory:read");
  const table = parseTableParams(await searchParams, GROUP_SORTS, { id: "displayName", desc: false });
  const { rows, total } = await listGroupsPage(org.id, table);
  const labels = await sourceLabels(rows.map((r) => r.source));
  return (
    <>
      <PageHeader
        title="Groups"
        description="Groups of your organization, including groups provisioned over SCIM."
        actions={
          <Link href={`/o/${slug}/directory/users`} className="text-sm text-brand-700 underline">
            Users
          </Link>
        }
      />
      <GroupsTable
        orgSlug={slug}
        rows={rows.map((r) => ({
          ...r,
          source: labels.get(r.source) ?? r.source,
          updatedAt: r.updatedAt.toISOString(),
        }))}
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
