import type { Metadata } from "next";
import { formatUtc } from "@/lib/console/format-date";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmActionButton } from "@/components/mapping/mapping-actions";
import { diffVersions, type DiffLine } from "@/lib/mapping/diff-definitions";
import { listMappingVersions } from "@/lib/provisioning/mappings/mapping-store";
import { SCOPE_LABELS } from "@/lib/mapping/types";
import { rollbackAction } from "../actions";
import { loadMappingPage } from "../load-mapping-page";
import { MappingsNav } from "../mappings-nav";

export const metadata: Metadata = { title: "Mapping version history" };

const ACTIONS: Record<string, string> = {
  initial: "Before the first change",
  save: "Saved",
  rollback: "Rolled back",
  import: "Imported",
  restore: "Restored defaults",
  scope: "Scope changed",
};
const OBJECTS: Record<DiffLine["object"], string> = { user: "Users", group: "Groups", settings: "Settings" };

function Diff({ lines }: { lines: DiffLine[] }) {
  if (lines.length === 0) return <p className="text-sm text-slate-600">No differences.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {lines.map((l, i) => (
        <li key={i} className="break-all">
          <span
            className={`mr-2 rounded px-1.5 text-xs font-medium ${l.kind === "added" ? "bg-green-100 text-green-900" : l.kind === "removed" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
          >
            {l.kind}
          </span>
          <span className="text-slate-600">{OBJECTS[l.object]}:</span> <span className="font-medium">{l.what}</span>
          {l.before && (
            <>
              {" "}
              <del className="text-red-800">{l.before}</del>
            </>
          )}
          {l.after && (
            <>
              {" "}
              <ins className="text-green-800 no-underline">{l.after}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export default async function MappingHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; appId: string }>;
  searchParams: Promise<{ imported?: string }>;
}) {
  const { org: slug, appId } = await params;
  const { org, app, canWrite } = await loadMappingPage(slug, appId);
  const versions = await listMappingVersions(org.id, appId);
  const imported = (await searchParams).imported;
  return (
    <>
      <PageHeader
        title={`${app.name}: Mapping version history`}
        description="Every saved version of the mappings, scoping filters and scope, with what changed from the version before. Rolling back saves the old version as a new one."
      />
      <MappingsNav slug={slug} appId={appId} current="history" />
      {imported && (
        <div className="mb-4">
          <Alert tone="success">Imported as version {imported}.</Alert>
        </div>
      )}
      {versions.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">The mappings were never changed; the job uses the defaults.</p>
        </Card>
      ) : (
        <ol className="space-y-4" aria-label="Versions">
          {versions.map((v, i) => {
            const previous = versions[i + 1];
            return (
              <li key={v.number}>
                <Card
                  title={`Version ${v.number}${i === 0 ? " (current)" : ""}`}
                  actions={
                    canWrite && i > 0 ? (
                      <ConfirmActionButton
                        label={`Roll back to version ${v.number}`}
                        confirm={`Roll back to version ${v.number}? The next cycle will be a full one.`}
                        action={rollbackAction.bind(null, slug, appId, v.number)}
                      />
                    ) : undefined
                  }
                >
                  <p className="text-sm text-slate-600">
                    {ACTIONS[v.action] ?? v.action} by {v.actorName ?? "the system"} on {formatUtc(v.createdAt)}
                    {v.comment ? `: ${v.comment}` : ""}
                  </p>
                  <p className="mb-3 text-sm text-slate-600">
                    Scope: {v.scope ? SCOPE_LABELS[v.scope] : "not recorded in this version"}
                  </p>
                  {previous ? (
                    <Diff lines={diffVersions(previous, v)} />
                  ) : (
                    <p className="text-sm text-slate-600">The first recorded version.</p>
                  )}
                </Card>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
