import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { parseTableParams } from "@/lib/console/table-params";
import { listUsersPage, listUserSources, parseUserFilters, USER_SORTS } from "@/lib/directory/list-users-page";
import { sourceLabels } from "@/lib/directory/source-labels";
import { PageHeader } from "@/components/ui/page-header";
import { UsersTable } from "@/components/directory/users-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug } = await params;
  const { org } = await requirePageAccess(slug, "directory:read");
  const query = await searchParams;
  const table = parseTableParams(query, USER_SORTS, { id: "userName", desc: false });
  const filters = parseUserFilters(query);
  const [{ rows, total, isTotalCapped }, sources] = await Promise.all([
    listUsersPage(org.id, table, filters),
    listUserSources(org.id),
  ]);
  const labels = await sourceLabels([...sources, ...rows.map((r) => r.source)]);
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone in your organization, including users provisioned over SCIM."
        actions={
          <Link href={`/o/${slug}/directory/groups`} className="text-sm text-brand-700 underline">
            Groups
          </Link>
        }
      />
      <UsersTable
        orgSlug={slug}
        rows={rows.map((r) => ({
          ...r,
          source: labels.get(r.source) ?? r.source,
          updatedAt: r.updatedAt.toISOString(),
        }))}
        total={total}
        isTotalCapped={isTotalCapped}
        page={table.page}
        pageSize={table.pageSize}
        sort={table.sort}
        search={table.q}
        emptyMessage="No users match."
        filters={[
          {
            name: "status",
            label: "Status",
            value: filters.status ?? "",
            options: [
              { value: "active", label: "Active" },
              { value: "inactive", label: "Inactive" },
            ],
          },
          {
            name: "source",
            label: "Source",
            value: filters.source ?? "",
            options: sources.map((s) => ({ value: s, label: labels.get(s) ?? s })),
          },
        ]}
      />
    </>
  );
}
