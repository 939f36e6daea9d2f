import type { Metadata } from "next";
import { formatUtc } from "@/lib/console/format-date";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listScimTokens } from "@/lib/scim-tokens/list-scim-tokens";
import { listAuthorizedApps } from "@/lib/oauth/list-authorized-apps";
import { getInboundSettings } from "@/lib/orgs/get-inbound-settings";
import { listRecentScimRequests } from "@/lib/logs/list-recent-scim-requests";
import { publicBaseUrl } from "@/lib/console/public-url";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { CopyButton } from "@/components/ui/copy-button";
import { CreateTokenForm } from "@/components/scim/create-token-form";
import { RevokeTokenButton } from "@/components/scim/revoke-token-button";
import { InboundSettingsForm } from "@/components/scim/inbound-settings-form";
import { createTokenAction, revokeGrantAction, revokeTokenAction, saveInboundSettingsAction } from "./actions";

export const metadata: Metadata = { title: "SCIM" };

const fmt = (d: Date | null) => formatUtc(d);

const TOKEN_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Name" },
  { accessorKey: "token", header: "Token" },
  { accessorKey: "createdAt", header: "Created" },
  { accessorKey: "lastUsedAt", header: "Last used" },
  { accessorKey: "expiresAt", header: "Expires" },
  { accessorKey: "status", header: "Status" },
  { accessorKey: "actions", header: "Actions", meta: { isHeaderHidden: true } },
];
const APP_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "app", header: "App" },
  { accessorKey: "authorizedBy", header: "Authorized by" },
  { accessorKey: "createdAt", header: "Authorized" },
  { accessorKey: "lastUsedAt", header: "Last used" },
  { accessorKey: "actions", header: "Actions", meta: { isHeaderHidden: true } },
];
const REQUEST_COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "at", header: "Time" },
  { accessorKey: "request", header: "Request", meta: { isWrapping: true } },
  { accessorKey: "status", header: "Status" },
  { accessorKey: "durationMs", header: "Duration" },
  { accessorKey: "token", header: "Token", meta: { isWrapping: true } },
  { accessorKey: "result", header: "Result", meta: { isWrapping: true } },
  { accessorKey: "client", header: "Client", meta: { isWrapping: true } },
];

function tokenStatus(t: { revokedAt: Date | null; expiresAt: Date | null }, now: Date) {
  if (t.revokedAt) return "Revoked";
  if (t.expiresAt && t.expiresAt <= now) return "Expired";
  return "Active";
}

export default async function ScimPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const [tokens, apps, settings, requests, baseUrl] = await Promise.all([
    listScimTokens(org.id),
    listAuthorizedApps(org.id),
    getInboundSettings(org.id),
    listRecentScimRequests(org.id),
    publicBaseUrl(),
  ]);
  const tenantUrl = `${baseUrl}/scim/v2`;
  const now = new Date();
  return (
    <>
      <PageHeader
        title="SCIM"
        description="Identity providers such as Microsoft Entra ID and Okta provision this organization's users and groups through SCIM 2.0."
      />
      <div className="space-y-6">
        <Card title="Connection">
          <dl className="space-y-2 text-sm">
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-28 font-medium text-slate-600">Tenant URL</dt>
              <dd className="flex items-center gap-2">
                <code className="rounded bg-slate-100 px-2 py-1 font-mono">{tenantUrl}</code>
                <CopyButton value={tenantUrl} label="Copy Tenant URL" />
              </dd>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-28 font-medium text-slate-600">Secret Token</dt>
              <dd>create one below and paste it into the identity provider&apos;s Admin Credentials.</dd>
            </div>
          </dl>
        </Card>
        <Card title="Inbound provisioning">
          <InboundSettingsForm
            action={saveInboundSettingsAction.bind(null, slug)}
            enabled={settings.inboundEnabled}
            failureEmail={settings.inboundFailureEmail}
            disabled={!canWrite}
          />
        </Card>
        <Card title="Secret tokens">
          {canWrite && (
            <div className="mb-5">
              <CreateTokenForm action={createTokenAction.bind(null, slug)} />
            </div>
          )}
          <DataTable
            caption="Secret tokens"
            columns={TOKEN_COLUMNS}
            emptyMessage="No tokens yet."
            rows={tokens.map((t) => {
              const status = tokenStatus(t, now);
              return {
                name: <span className="font-medium">{t.name}</span>,
                token: <span className="font-mono text-xs">{t.prefix}…</span>,
                createdAt: fmt(t.createdAt),
                lastUsedAt: fmt(t.lastUsedAt),
                expiresAt: fmt(t.expiresAt),
                status,
                actions: canWrite && status === "Active" && (
                  <RevokeTokenButton action={revokeTokenAction.bind(null, slug, t.id)} name={t.name} />
                ),
              };
            })}
          />
        </Card>
        <Card title="Authorized apps (Authorize / OAuth)">
          <DataTable
            caption="Authorized apps"
            columns={APP_COLUMNS}
            emptyMessage="No identity provider has been authorized with the Authorize button yet."
            rows={apps.map((a) => ({
              app: <span className="font-medium">{a.clientName}</span>,
              authorizedBy: a.authorizedBy?.email ?? "—",
              createdAt: fmt(a.createdAt),
              lastUsedAt: fmt(a.lastUsedAt),
              actions: canWrite && (
                <RevokeTokenButton action={revokeGrantAction.bind(null, slug, a.id)} name={a.clientName} />
              ),
            }))}
          />
        </Card>
        <Card
          title="Recent inbound requests"
          actions={
            <Link href={`/o/${slug}/logs/scim`} className="text-sm text-brand-700 underline">
              Search and export all inbound requests
            </Link>
          }
        >
          <DataTable
            caption="Recent inbound SCIM requests, newest first"
            columns={REQUEST_COLUMNS}
            emptyMessage="No SCIM requests yet."
            rows={requests.map((r) => ({
              at: fmt(r.at),
              request: (
                <span className="font-mono text-xs">
                  {r.method} {r.path}
                  {r.query ? `?${r.query}` : ""}
                </span>
              ),
              status: (
                <span className={r.status >= 400 ? "font-semibold text-red-700" : "text-green-700"}>{r.status}</span>
              ),
              durationMs: `${r.durationMs} ms`,
              token: r.tokenName ?? "—",
              result: r.action ? `${r.action}${r.resourceName ? ` ${r.resourceName}` : ""}` : "—",
              client: (
                <span className="text-xs text-slate-600">
                  {r.clientIp ?? "—"}
                  {r.userAgent ? ` · ${r.userAgent}` : ""}
                </span>
              ),
            }))}
          />
        </Card>
      </div>
    </>
  );
}
