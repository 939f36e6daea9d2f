// The four tabs of a provisioning log entry (PRODUCT.md §7): Steps, Troubleshooting & Recommendations, Modified
// properties, Summary; written for someone who knows nothing of SCIM (issue 15).
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { attributeLabel } from "@/lib/logs/attribute-label";
import type { ProvisioningLogEntryDetail } from "@/lib/logs/get-provisioning-log-entry";
import { StatusBadge } from "./status-badge";
import { formatUtc } from "@/lib/console/format-date";

function ScopeHint({ hint }: { hint: string }) {
  return (
    <div className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <span className="font-semibold">What would bring them into scope: </span>
      {hint}
    </div>
  );
}

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === "" ? "—" : v);

export function StepsPanel({ entry }: { entry: ProvisioningLogEntryDetail }) {
  if (entry.steps.length === 0) return <p className="text-sm text-slate-600">No steps were recorded for this entry.</p>;
  return (
    <ol className="space-y-3">
      {entry.steps.map((s, i) => (
        <li key={i} className="rounded-md border border-slate-200 p-3">
          <div className="flex items-center gap-3">
            <span className="text-sm font-semibold">
              {i + 1}. {s.name}
            </span>
            <StatusBadge status={s.status} />
          </div>
          {s.detail && <p className="mt-1 text-sm text-slate-700">{s.detail}</p>}
          {s.name === "Scoping" && s.status === "Skipped" && entry.scopeHint && <ScopeHint hint={entry.scopeHint} />}
        </li>
      ))}
    </ol>
  );
}

export function TroubleshootingPanel({ entry }: { entry: ProvisioningLogEntryDetail }) {
  if (!entry.errorCode && !entry.errorReason && !entry.recommendation) {
    if (entry.scopeHint) {
      return (
        <div className="text-sm">
          <p className="text-slate-700">
            No error: {entry.objectType === "Group" ? "the group was" : "the person was"} skipped because{" "}
            {entry.objectType === "Group" ? "it is" : "they are"} out of scope of {entry.appName ?? "the application"}.
          </p>
          <ScopeHint hint={entry.scopeHint} />
        </div>
      );
    }
    return (
      <p className="text-sm text-slate-600">
        Nothing to troubleshoot: this entry recorded no error (status {entry.status}).
      </p>
    );
  }
  return (
    <dl className="grid gap-4 text-sm">
      <div>
        <dt className="font-semibold text-slate-700">Error code</dt>
        <dd className="mt-1 font-mono">{dash(entry.errorCode)}</dd>
      </div>
      <div>
        <dt className="font-semibold text-slate-700">Reason</dt>
        <dd className="mt-1 whitespace-pre-wrap">{dash(entry.errorReason)}</dd>
      </div>
      <div>
        <dt className="font-semibold text-slate-700">Recommendation</dt>
        <dd className="mt-1 rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-950">
          {dash(entry.recommendation)}
        </dd>
      </div>
    </dl>
  );
}

export function ModifiedPropertiesPanel({
  entry,
  members,
}: {
  entry: ProvisioningLogEntryDetail;
  /** The group's members, named (replaces their rows of target ids). */ members?: React.ReactNode;
}) {
  const properties = members
    ? entry.modifiedProperties.filter((p) => !p.name.startsWith("members ("))
    : entry.modifiedProperties;
  if (properties.length === 0)
    return members ? <>{members}</> : <p className="text-sm text-slate-600">No properties were modified.</p>;
  return (
    <div className="space-y-6">
      <PropertiesTable properties={properties} />
      {members}
    </div>
  );
}

const PROPERTY_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "property", header: "Property", meta: { isWrapping: true } },
  { accessorKey: "oldValue", header: "Old value", meta: { isWrapping: true } },
  { accessorKey: "newValue", header: "New value", meta: { isWrapping: true } },
];

function PropertiesTable({ properties }: { properties: ProvisioningLogEntryDetail["modifiedProperties"] }) {
  return (
    <DataTable
      caption="Modified properties"
      columns={PROPERTY_COLUMNS}
      rows={properties.map((p) => ({
        property: (
          <>
            <span className="font-medium">{attributeLabel(p.name)}</span>
            {/* The SCIM attribute path, as a detail for those who need it. */}
            <span className="block font-mono text-xs text-slate-500" title="SCIM attribute path">
              {p.name}
            </span>
          </>
        ),
        oldValue: dash(p.oldValue),
        newValue: dash(p.newValue),
      }))}
    />
  );
}

export function SummaryPanel({ entry }: { entry: ProvisioningLogEntryDetail }) {
  const items: [string, React.ReactNode][] = [
    ["Date", formatUtc(entry.at)],
    ["Object type", entry.objectType],
    ["Action", entry.action],
    ["Status", <StatusBadge key="s" status={entry.status} />],
    ["Display name", dash(entry.displayName)],
    ["Source identity", dash(entry.sourceIdentity)],
    // Entra's Source ID is the objectId in the identity source; the record id is the one in this console's URLs.
    [
      "Source ID",
      entry.sourceObjectId ? (
        <span key="sid">
          {entry.sourceObjectId} <span className="text-xs text-slate-500">(objectId in the identity source)</span>
        </span>
      ) : (
        dash(entry.sourceId)
      ),
    ],
    [
      "Source record ID",
      <span key="rid">
        {dash(entry.sourceId)} <span className="text-xs text-slate-500">(identity source record)</span>
      </span>,
    ],
    ["Target ID", dash(entry.targetId)],
    ["Source system", entry.sourceSystem],
    ["Target system", entry.targetSystem],
    ["Application", dash(entry.appName ?? entry.appId)],
    ["Job ID", entry.jobId],
    ["Cycle ID", entry.cycleId],
    ["Change ID", entry.changeId],
    ["Duration", `${entry.durationMs} ms`],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
      {items.map(([k, v]) => (
        <div key={k} className="flex gap-3">
          <dt className="w-36 shrink-0 font-medium text-slate-600">{k}</dt>
          <dd className="min-w-0 break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
