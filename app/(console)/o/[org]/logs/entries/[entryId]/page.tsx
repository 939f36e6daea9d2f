import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { readParam } from "@/lib/logs/filter-params";
import { getProvisioningLogEntry } from "@/lib/logs/get-provisioning-log-entry";
import { maskedAttributesFor } from "@/lib/logs/help-desk-masking";
import { parseProvisioningLogFilters, provisioningLogQuery } from "@/lib/logs/provisioning-log-filters";
import { explainableSource } from "@/lib/provisioning/explain/find-principals";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DetailTabs } from "@/components/logs/detail-tabs";
import { GroupMembers } from "@/components/logs/group-members";
import { EntryRequests } from "@/components/logs/entry-requests";
import {
  ModifiedPropertiesPanel,
  StepsPanel,
  SummaryPanel,
  TroubleshootingPanel,
} from "@/components/logs/entry-panels";
import { StatusBadge } from "@/components/logs/status-badge";
import { formatUtc } from "@/lib/console/format-date";

export const metadata: Metadata = { title: "Provisioning log entry" };

type Props = {
  params: Promise<{ org: string; entryId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProvisioningLogEntryPage({ params, searchParams }: Props) {
  const { org: slug, entryId } = await params;
  const { org, role } = await requirePageAccess(slug, "logs:read");
  const query = await searchParams;
  const entry = await getProvisioningLogEntry(org.id, entryId, { mask: await maskedAttributesFor(org.id, role) }).catch(
    (error) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    },
  );
  // Back to the list the entry was opened from, filters and page included.
  const back = provisioningLogQuery(parseProvisioningLogFilters(query));
  const cursor = readParam(query, "cursor");
  if (cursor) back.set("cursor", cursor);
  const name = entry.displayName || entry.sourceIdentity || entry.sourceId || "Log entry";
  const explainable = await explainableSource(org.id, entry.objectType, entry.sourceId);
  return (
    <>
      <Link
        href={`/o/${slug}/logs${back.size ? `?${back.toString()}` : ""}`}
        className="mb-3 inline-block text-sm text-brand-700 underline"
      >
        ← Back to the provisioning log
      </Link>
      <PageHeader
        title={name}
        description={`${entry.objectType} ${entry.action} · ${formatUtc(entry.at)} · ${entry.sourceSystem} → ${entry.targetSystem}`}
        actions={
          <span className="flex items-center gap-2 text-sm">
            Status <StatusBadge status={entry.status} />
          </span>
        }
      />
      {explainable && (
        <p className="-mt-3 mb-6 text-sm">
          <Link
            className="font-medium text-brand-700 underline"
            href={`/o/${slug}/why/${explainable.kind}/${explainable.id}`}
          >
            Why? Explain {explainable.kind === "groups" ? "this group's" : "this person's"} access to every app
          </Link>
        </p>
      )}
      <div className="space-y-6">
        <Card>
          <DetailTabs
            label="Log entry details"
            initial={readParam(query, "tab")}
            tabs={[
              { id: "steps", title: "Steps", content: <StepsPanel entry={entry} /> },
              {
                id: "troubleshooting",
                title: "Troubleshooting & Recommendations",
                content: <TroubleshootingPanel entry={entry} />,
              },
              {
                id: "modified",
                title: "Modified properties",
                content: (
                  <ModifiedPropertiesPanel
                    entry={entry}
                    members={entry.members ? <GroupMembers members={entry.members} orgSlug={slug} /> : undefined}
                  />
                ),
              },
              { id: "summary", title: "Summary", content: <SummaryPanel entry={entry} /> },
            ]}
          />
        </Card>
        <Card title="SCIM requests">
          <EntryRequests entry={entry} orgSlug={slug} />
        </Card>
      </div>
    </>
  );
}
