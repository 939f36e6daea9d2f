// The provisioning log page's results, streamed behind <Suspense> while the filters render at once.
import { listProvisioningLog } from "@/lib/logs/list-provisioning-log";
import type { TProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";
import { ProvisioningLogTable } from "@/components/logs/provisioning-log-table";
import { pageSummary } from "@/components/logs/page-summary";

type Props = {
  orgId: string;
  orgSlug: string;
  filters: TProvisioningLogFilters;
  cursor: string | null;
  apps: { id: string; name: string }[];
  listQuery: string;
};

export async function ProvisioningResults({ orgId, orgSlug, filters, cursor, apps, listQuery }: Props) {
  const page = await listProvisioningLog(orgId, filters, cursor);
  const names = new Map(apps.map((a) => [a.id, a.name]));
  return (
    <ProvisioningLogTable
      rows={page.rows.map((r) => ({ ...r, appName: names.get(r.appId) ?? null }))}
      detailBase={`/o/${orgSlug}/logs/entries`}
      listQuery={listQuery}
      sortDesc={filters.sort === "desc"}
      pager={{ summary: pageSummary(page, "entries"), previous: page.links.previous, next: page.links.next }}
    />
  );
}
