import type { Metadata } from "next";
import { Suspense } from "react";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { DATE_RANGES, DATE_RANGE_LABELS } from "@/lib/logs/date-range";
import { readParam } from "@/lib/logs/filter-params";
import { listLogApps } from "@/lib/logs/list-provisioning-log";
import {
  LOG_ACTIONS,
  LOG_STATUSES,
  parseProvisioningLogFilters,
  provisioningLogQuery,
} from "@/lib/logs/provisioning-log-filters";
import { getLogRetentionDays } from "@/lib/logs/retention";
import { listSavedViews } from "@/lib/logs/saved-views";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ExportLinks } from "@/components/logs/export-links";
import { LogFilterBar, type FilterField } from "@/components/logs/log-filter-bar";
import { LogsSubnav } from "@/components/logs/logs-subnav";
import { RetentionForm } from "@/components/logs/retention-form";
import { SavedViews } from "@/components/logs/saved-views";
import { deleteViewAction, saveRetentionAction, saveViewAction } from "../actions";
import { ProvisioningResults } from "../provisioning-results";

export const metadata: Metadata = { title: "Provisioning logs" };

type SearchParams = Record<string, string | string[] | undefined>;

/** A select's options, plus the current value when the URL holds a combination (status=Failure,Warning). */
const options = (values: readonly string[], current: string) => [
  ...values.map((v) => ({ value: v, label: v })),
  ...(current && !values.includes(current) ? [{ value: current, label: current.replace(/,/g, ", ") }] : []),
];

export default async function ProvisioningLogsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org: slug } = await params;
  const { org, account, role } = await requirePageAccess(slug, "logs:read");
  const query = await searchParams;
  const filters = parseProvisioningLogFilters(query);
  const listQuery = provisioningLogQuery(filters).toString();
  const cursor = readParam(query, "cursor") ?? null;
  const [apps, views, retentionDays] = await Promise.all([
    listLogApps(org.id),
    listSavedViews(org.id, account.id, "provisioning"),
    getLogRetentionDays(org.id),
  ]);
  const base = `/o/${slug}/logs`;
  const fields: FilterField[] = [
    {
      kind: "text",
      name: "q",
      label: "Identity",
      value: filters.q,
      wide: true,
      placeholder: "Mira, lopez, @northwind, an ID…",
      hint: "Starts with: finds the start of any word of the name, email or UPN (@northwind for a whole domain), or of any ID shown — Source ID is the identity source's objectId.",
    },
    {
      kind: "select",
      name: "status",
      label: "Status",
      value: filters.status.join(","),
      options: options(LOG_STATUSES, filters.status.join(",")),
    },
    {
      kind: "select",
      name: "action",
      label: "Action",
      value: filters.action.join(","),
      options: options(LOG_ACTIONS, filters.action.join(",")),
    },
    {
      kind: "select",
      name: "app",
      label: "Application",
      value: filters.app ?? "",
      options: apps.map((a) => ({ value: a.id, label: a.name })),
    },
    { kind: "text", name: "cycle", label: "Cycle ID", value: filters.cycle ?? "" },
    { kind: "text", name: "change", label: "Change ID", value: filters.change ?? "" },
    { kind: "checkbox", name: "hideOutOfScope", label: "Hide out-of-scope skipped", checked: filters.hideOutOfScope },
  ];
  return (
    <>
      <PageHeader
        title="Provisioning logs"
        description="Every action the provisioning service took on each user and group, with the steps, the error and what to do about it."
        actions={
          <ExportLinks
            what="provisioning log"
            href={(format) =>
              `/api/orgs/${slug}/logs/provisioning/export?${new URLSearchParams([...provisioningLogQuery(filters), ["format", format]]).toString()}`
            }
          />
        }
      />
      <LogsSubnav orgSlug={slug} current="provisioning" />
      <div className="space-y-4">
        <SavedViews
          activeId={views.find((v) => v.query === listQuery)?.id ?? null}
          saveAction={saveViewAction.bind(null, slug, "provisioning", listQuery)}
          views={views.map((v) => ({
            id: v.id,
            name: v.name,
            href: v.query ? `${base}?${v.query}` : base,
            deleteAction: deleteViewAction.bind(null, slug, v.id),
          }))}
        />
        <LogFilterBar
          key={listQuery}
          label="Filter the provisioning log"
          fields={fields}
          date={{
            range: filters.range,
            from: filters.from,
            to: filters.to,
            options: DATE_RANGES.map((r) => ({ value: r, label: DATE_RANGE_LABELS[r] })),
          }}
        />
        <Suspense
          key={`${listQuery}|${cursor}`}
          fallback={
            <p role="status" className="text-sm text-slate-600">
              Loading log entries…
            </p>
          }
        >
          <ProvisioningResults
            orgId={org.id}
            orgSlug={slug}
            filters={filters}
            cursor={cursor}
            apps={apps}
            listQuery={listQuery}
          />
        </Suspense>
        <Card title="Retention">
          <RetentionForm
            action={saveRetentionAction.bind(null, slug)}
            days={retentionDays}
            canWrite={can(role, "config:write")}
          />
        </Card>
      </div>
    </>
  );
}
