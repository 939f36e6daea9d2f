import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { CSV_COLUMNS } from "@/lib/source-directory/directory-csv";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ImportForm } from "@/components/source-directory/import-form";
import { SourceTabs } from "@/components/source-directory/source-tabs";
import { importDirectoryAction } from "../actions";

export const metadata: Metadata = { title: "Import source directory" };

export default async function ImportPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  await requirePageAccess(slug, "config:write");
  return (
    <>
      <PageHeader
        title="Source directory"
        description="Import users (and their groups) from CSV. Every row is checked first: with any error, nothing changes."
      />
      <SourceTabs orgSlug={slug} current="import" canWrite />
      <Card title="Import CSV">
        <div className="mb-4 space-y-2 text-sm text-slate-700">
          <p>
            One user per row; the header names the columns. <code>userPrincipalName</code> and <code>displayName</code>{" "}
            are required. Users are matched by <code>objectId</code>, else by <code>userPrincipalName</code>;{" "}
            <code>groups</code> lists group names separated by <code>;</code> (missing groups are created, and the
            user&apos;s memberships become that list).
          </p>
          <p className="text-xs break-words text-slate-600">
            Columns: {CSV_COLUMNS.join(", ")}. Export CSV gives a file in the same format.
          </p>
        </div>
        <ImportForm action={importDirectoryAction.bind(null, slug)} />
      </Card>
    </>
  );
}
