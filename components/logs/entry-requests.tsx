// The SCIM requests a provisioning log entry sent (as the engine recorded them) and, when they reached this
// organization's own SCIM endpoint, links to them in the inbound request log.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import type { ProvisioningLogEntryDetail } from "@/lib/logs/get-provisioning-log-entry";
import { BodyBlock } from "./body-block";
import { HttpStatus } from "./status-badge";
import { formatUtc } from "@/lib/console/format-date";

const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "request", header: "Request", meta: { isWrapping: true } },
  { accessorKey: "attempt", header: "Attempt" },
  { accessorKey: "status", header: "Status" },
  { accessorKey: "durationMs", header: "Duration" },
  { accessorKey: "requestId", header: "Request ID" },
];

export function EntryRequests({ entry, orgSlug }: { entry: ProvisioningLogEntryDetail; orgSlug: string }) {
  const inboundHref = `/o/${orgSlug}/logs/scim?requestId=${encodeURIComponent(entry.requestIds.join(","))}`;
  return (
    <div className="space-y-5 text-sm">
      {entry.sentRequests.length === 0 ? (
        <p className="text-slate-600">This entry sent no SCIM request.</p>
      ) : (
        <DataTable
          caption="Requests sent to the target"
          isCaptionVisible
          columns={COLUMNS}
          rows={entry.sentRequests.map((r) => ({
            request: (
              <div className="font-mono text-xs">
                {r.method} {r.path}
                {r.error ? <span className="block text-red-700">{r.error}</span> : null}
                {/* The engine keeps the answer's body for failed requests only. */}
                {r.responseBody ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer font-sans text-brand-700">Response body</summary>
                    <BodyBlock text={r.responseBody} label={`Response body of ${r.method} ${r.path}`} />
                  </details>
                ) : null}
              </div>
            ),
            // Attempts of one request are numbered by the retry policy: 2 and up are retries; a new request starts at 1.
            attempt:
              r.attempt === null ? (
                "—"
              ) : r.attempt > 1 ? (
                <>
                  <span className="font-medium text-amber-800">Retry {r.attempt - 1}</span>{" "}
                  <span className="text-xs text-slate-600">(attempt {r.attempt})</span>
                </>
              ) : (
                r.attempt
              ),
            status: r.status === null ? "—" : <HttpStatus status={r.status} />,
            durationMs: r.durationMs === null ? "—" : `${r.durationMs} ms`,
            requestId: <span className="font-mono text-xs">{r.requestId ?? "—"}</span>,
          }))}
        />
      )}
      <div>
        <h3 className="mb-2 font-semibold text-slate-700">In this organization&apos;s inbound SCIM request log</h3>
        {entry.scimRequests.length === 0 ? (
          <p className="text-slate-600">
            None: the requests went to another service or organization, or were purged.{" "}
            <Link href={inboundHref} className="text-brand-700 underline">
              Search the inbound log for request ID {entry.requestIds.join(", ")}
            </Link>
          </p>
        ) : (
          <>
            <ul className="space-y-1">
              {entry.scimRequests.map((r) => (
                <li key={r.id}>
                  <Link
                    href={`/o/${orgSlug}/logs/scim/${r.id}`}
                    className="font-mono text-xs text-brand-700 hover:underline"
                  >
                    {r.method} {r.path} → {r.status}
                  </Link>
                  <span className="ml-2 text-xs text-slate-600">
                    {formatUtc(r.at)} · {r.durationMs} ms
                    {r.action ? ` · ${r.action}${r.resourceName ? ` ${r.resourceName}` : ""}` : ""}
                  </span>
                </li>
              ))}
            </ul>
            <Link href={inboundHref} className="mt-2 inline-block text-brand-700 underline">
              View the {entry.scimRequests.length} inbound SCIM request{entry.scimRequests.length === 1 ? "" : "s"} this
              entry caused
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
