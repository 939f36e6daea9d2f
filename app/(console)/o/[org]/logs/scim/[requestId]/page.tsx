import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { readParam } from "@/lib/logs/filter-params";
import { getScimRequest } from "@/lib/logs/get-scim-request";
import { maskedAttributesFor } from "@/lib/logs/help-desk-masking";
import { parseScimLogFilters, scimLogQuery } from "@/lib/logs/scim-log-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { BodyBlock } from "@/components/logs/body-block";
import { HttpStatus, StatusBadge } from "@/components/logs/status-badge";
import { formatUtc } from "@/lib/console/format-date";

export const metadata: Metadata = { title: "Inbound SCIM request" };

type Props = {
  params: Promise<{ org: string; requestId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ScimRequestPage({ params, searchParams }: Props) {
  const { org: slug, requestId } = await params;
  const { org, role } = await requirePageAccess(slug, "logs:read");
  const query = await searchParams;
  const request = await getScimRequest(org.id, requestId, { mask: await maskedAttributesFor(org.id, role) }).catch(
    (error) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    },
  );
  const back = scimLogQuery(parseScimLogFilters(query));
  const cursor = readParam(query, "cursor");
  if (cursor) back.set("cursor", cursor);
  const facts: [string, React.ReactNode][] = [
    ["Time", formatUtc(request.at)],
    ["Status", <HttpStatus key="s" status={request.status} />],
    ["Duration", `${request.durationMs} ms`],
    ["Result", request.action ? `${request.action}${request.resourceName ? ` ${request.resourceName}` : ""}` : "—"],
    [
      "Resource",
      request.resourceType ? `${request.resourceType}${request.resourceId ? ` ${request.resourceId}` : ""}` : "—",
    ],
    ["Token", request.tokenName ?? "—"],
    ["Client address", request.clientIp ?? "—"],
    ["User agent", request.userAgent ?? "—"],
    ["Request ID", request.requestId ?? "—"],
  ];
  return (
    <>
      <Link
        href={`/o/${slug}/logs/scim${back.size ? `?${back.toString()}` : ""}`}
        className="mb-3 inline-block text-sm text-brand-700 underline"
      >
        ← Back to the inbound SCIM requests
      </Link>
      <PageHeader
        title={`${request.method} ${request.path}`}
        description={request.query ? `?${request.query}` : undefined}
      />
      <div className="space-y-6">
        <Card title="Request">
          <dl className="grid grid-cols-1 gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
            {facts.map(([k, v]) => (
              <div key={k} className="flex gap-3">
                <dt className="w-32 shrink-0 font-medium text-slate-600">{k}</dt>
                <dd className="min-w-0 break-all">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Provisioning log entries that sent this request">
          {request.causedBy.length === 0 ? (
            <p className="text-sm text-slate-600">
              None in this organization&apos;s provisioning log: the request came from an outside identity provider, or
              the entry was purged.
            </p>
          ) : (
            <ul className="space-y-1 text-sm">
              {request.causedBy.map((e) => (
                <li key={e.id} className="flex items-center gap-2">
                  <Link href={`/o/${slug}/logs/entries/${e.id}`} className="font-medium text-brand-700 hover:underline">
                    {e.displayName ?? e.id}: {e.action}
                  </Link>
                  <StatusBadge status={e.status} />
                  <span className="text-xs text-slate-600">{formatUtc(e.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Request body">
          <BodyBlock text={request.requestBody} label="Request body" />
        </Card>
        <Card title="Response body">
          <BodyBlock text={request.responseBody} label="Response body" />
        </Card>
      </div>
    </>
  );
}
