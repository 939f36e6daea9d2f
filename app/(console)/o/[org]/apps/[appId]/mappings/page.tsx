import type { Metadata } from "next";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmActionButton, ImportForm } from "@/components/mapping/mapping-actions";
import { importAction, restoreDefaultsAction } from "./actions";
import { loadMappingPage } from "./load-mapping-page";
import { MappingsNav } from "./mappings-nav";

export const metadata: Metadata = { title: "Mappings" };

const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "enabled", header: "Enabled" },
  { accessorKey: "actions", header: "Target Object Actions" },
  { accessorKey: "attributes", header: "Attributes" },
  { accessorKey: "scopingFilters", header: "Scoping filters" },
];

export default async function MappingsPage({ params }: { params: Promise<{ org: string; appId: string }> }) {
  const { org: slug, appId } = await params;
  const { app, definition, isDefault, canWrite } = await loadMappingPage(slug, appId);
  const rows = [
    ["user", "Provision users", definition.user],
    ["group", "Provision groups", definition.group],
  ] as const;
  return (
    <>
      <PageHeader
        title={`${app.name}: Mappings`}
        description="Which source objects are provisioned and which attributes they carry. A change makes the next provisioning cycle a full one."
      />
      <MappingsNav slug={slug} appId={appId} current="list" />
      <div className="space-y-6">
        <Card title="Mappings">
          <DataTable
            caption="Object mappings"
            columns={COLUMNS}
            rows={rows.map(([kind, name, m]) => ({
              name: (
                <Link className="text-brand-700 hover:underline" href={`/o/${slug}/apps/${appId}/mappings/${kind}`}>
                  {name}
                </Link>
              ),
              enabled: m.enabled ? "Yes" : "No",
              actions:
                Object.entries(m.actions)
                  .filter(([, on]) => on)
                  .map(([a]) => a[0]!.toUpperCase() + a.slice(1))
                  .join(", ") || "None",
              attributes: m.attributes.length,
              scopingFilters: m.scopingFilters.length,
            }))}
          />
          <p className="mt-3 text-sm text-slate-600">
            {isDefault ? (
              "These are the default mappings."
            ) : (
              <>
                Customized.{" "}
                <Link className="text-brand-700 hover:underline" href={`/o/${slug}/apps/${appId}/mappings/history`}>
                  Version history
                </Link>
              </>
            )}
          </p>
        </Card>
        <Card title="Export and import">
          <div className="space-y-4">
            <a
              className="text-sm text-brand-700 hover:underline"
              href={`/o/${slug}/apps/${appId}/mappings/export`}
              download
            >
              Download mappings as JSON
            </a>
            {canWrite && <ImportForm action={importAction.bind(null, slug, appId)} />}
          </div>
        </Card>
        {canWrite && (
          <Card title="Restore default mappings">
            <p className="mb-3 text-sm text-slate-600">
              Replaces the user and group mappings, target attribute lists and scoping filters with the defaults. The
              current mappings stay in the version history.
            </p>
            <ConfirmActionButton
              label="Restore default mappings"
              confirm="Restore the default mappings? The next cycle will be a full one."
              action={restoreDefaultsAction.bind(null, slug, appId)}
              variant="danger"
            />
          </Card>
        )}
      </div>
    </>
  );
}
