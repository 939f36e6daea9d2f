import type { Metadata } from "next";
import { Suspense } from "react";
import { requirePageAccess } from "@/lib/auth/guard";
import { DATE_RANGES, DATE_RANGE_LABELS } from "@/lib/logs/date-range";
import { readParam } from "@/lib/logs/filter-params";
import { listScimLog } from "@/lib/logs/list-scim-log";
import { listSavedViews } from "@/lib/logs/saved-views";
import {
  parseScimLogFilters,
  SCIM_METHODS,
  SCIM_RESOURCE_TYPES,
  scimLogQuery,
  type TScimLogFilters,
} from "@/lib/logs/scim-log-filters";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/components/logs/export-links";
import { LogFilterBar, type FilterField } from "@/components/logs/log-filter-bar";
import { LogsSubnav } from "@/components/logs/logs-subnav";
import { pageSummary } from "@/components/logs/page-summary";
import { SavedViews } from "@/components/logs/saved-views";
import { ScimLogTable } from "@/components/logs/scim-log-table";
import { deleteViewAction, saveViewAction } from "../../actions";

export const metadata: Metadata = { title: "Inbound SCIM requests" };

const STATUS_OPTIONS = [
  { value: "2xx", label: "2xx success" },
  { value: "3xx", label: "3xx not modified" },
  { value: "4xx", label: "4xx client error" },
  { value: "5xx", label: "5xx server error" },
];
const list = (values: readonly string[], current: string) => [
  ...values.map((v) => ({ value: v, label: v })),
  ...(current && !values.includes(current) ? [{ value: current, label: current }] : []),
];

async function Results({
  orgId,
  orgSlug,
  filters,
  cursor,
  listQuery,
}: {
  orgId: string;
  orgSlug: string;
  filters: TScimLogFilters;
  cursor: string | null;
  listQuery: string;
}) {
  const page = await listScimLog(orgId, filters, cursor);
  return (
    <ScimLogTable
      rows={page.rows}
      detailBase={`/o/${orgSlug}/logs/scim`}
      listQuery={listQuery}
      sortDesc={filters.sort === "desc"}
      pager={{ summary: pageSummary(page, "requests"), previous: page.links.previous, next: page.links.next }}
    />
  );
}

export default async function ScimLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org: slug } = await params;
  const { org, account } = await requirePageAccess(slug, "logs:read");
  const query = await searchParams;
  const filters = parseScimLogFilters(query);
  const listQuery = scimLogQuery(filters).toString();
  const cursor = readParam(query, "cursor") ?? null;
  const views = await listSavedViews(org.id, account.id, "scim");
  const base = `/o/${slug}/logs/scim`;
  const fields: FilterField[] = [
    {
      kind: "text",
      name: "q",
      label: "Search",
      value: filters.q,
      wide: true,
      placeholder: "User or group name, resource ID or request ID (starts with)",
    },
    {
      kind: "select",
      name: "status",
      label: "Status",
      value: filters.status.join(","),
      options: [...STATUS_OPTIONS, ...list([], filters.status.length > 1 ? filters.status.join(",") : "")],
    },
    {
      kind: "select",
      name: "method",
      label: "Method",
      value: filters.method.join(","),
      options: list(SCIM_METHODS, filters.method.join(",")),
    },
    {
      kind: "select",
      name: "resourceType",
      label: "Resource",
      value: filters.resourceType.join(","),
      options: list(SCIM_RESOURCE_TYPES, filters.resourceType.join(",")),
    },
    { kind: "text", name: "requestId", label: "Request ID", value: filters.requestId.join(",") },
  ];
  return (
    <>
      <PageHeader
        title="Inbound SCIM requests"
        description="Every request identity providers sent to this organization's SCIM endpoint, what it did to which user or group, with bodies (secrets redacted)."
        actions={
          <ExportLinks
            what="inbound SCIM request log"
            href={(format) =>
              `/api/orgs/${slug}/logs/scim/export?${new URLSearchParams([...scimLogQuery(filters), ["format", format]]).toString()}`
            }
          />
        }
      />
      <LogsSubnav orgSlug={slug} current="scim" />
      <div className="space-y-4">
        <SavedViews
          activeId={views.find((v) => v.query === listQuery)?.id ?? null}
          saveAction={saveViewAction.bind(null, slug, "scim", listQuery)}
          views={views.map((v) => ({
            id: v.id,
            name: v.name,
            href: v.query ? `${base}?${v.query}` : base,
            deleteAction: deleteViewAction.bind(null, slug, v.id),
          }))}
        />
        <LogFilterBar
          key={listQuery}
          label="Filter the inbound SCIM request log"
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
              Loading requests…
            </p>
          }
        >
          <Results orgId={org.id} orgSlug={slug} filters={filters} cursor={cursor} listQuery={listQuery} />
        </Suspense>
      </div>
    </>
  );
}
