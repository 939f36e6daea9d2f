import type { Metadata } from "next";
import { formatUtc } from "@/lib/console/format-date";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listScimTokens } from "@/lib/scim-tokens/list-scim-tokens";
import { listAuthorizedApps } from "@/lib/oauth/list-authorized-apps";
import { getInboundSettings } from "@/lib/orgs/get-inbound-settings";
import { listRecentScimRequests } from "@/lib/logs/list-recent-scim-requests";
import { publicBaseUrl } from "@/lib/console/public-url";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { CreateTokenForm } from "@/components/scim/create-token-form";
import { RevokeTokenButton } from "@/components/scim/revoke-token-button";
import { InboundSettingsForm } from "@/components/scim/inbound-settings-form";
import { createTokenAction, revokeGrantAction, revokeTokenAction, saveInboundSettingsAction } from "./actions";

export const metadata: Metadata = { title: "SCIM" };

const fmt = (d: Date | null) => formatUtc(d);

function tokenStatus(t: { revokedAt: Date | null; expiresAt: Date | null }, now: Date) {
  if (t.revokedAt) return "Revoked";
  if (t.expiresAt && t.expiresAt <= now) return "Expired";
  return "Active";
}

export default async function ScimPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const [tokens, apps, settings, requests, baseUrl] = await Promise.all([listScimTokens(org.id), listAuthorizedApps(org.id), getInboundSettings(org.id), listRecentScimRequests(org.id), publicBaseUrl()]);
  const tenantUrl = `${baseUrl}/scim/v2`;
  const now = new Date();
  return (
    <>
      <PageHeader title="SCIM" description="Identity providers such as Microsoft Entra ID and Okta provision this organization's users and groups through SCIM 2.0." />
      <div className="space-y-6">
        <Card title="Connection">
          <dl className="space-y-2 text-sm">
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-28 font-medium text-slate-600">Tenant URL</dt>
              <dd className="flex items-center gap-2"><code className="rounded bg-slate-100 px-2 py-1 font-mono">{tenantUrl}</code><CopyButton value={tenantUrl} label="Copy Tenant URL" /></dd>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-28 font-medium text-slate-600">Secret Token</dt>
              <dd>create one below and paste it into the identity provider&apos;s Admin Credentials.</dd>
            </div>
          </dl>
        </Card>
        <Card title="Inbound provisioning">
          <InboundSettingsForm action={saveInboundSettingsAction.bind(null, slug)} enabled={settings.inboundEnabled} failureEmail={settings.inboundFailureEmail} disabled={!canWrite} />
        </Card>
        <Card title="Secret tokens">
          {canWrite && <div className="mb-5"><CreateTokenForm action={createTokenAction.bind(null, slug)} /></div>}
          {tokens.length === 0 ? <p className="text-sm text-slate-600">No tokens yet.</p> : (
            <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
              <caption className="sr-only">Secret tokens</caption>
              <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Name</th><th scope="col">Token</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Expires</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {tokens.map((t) => {
                  const status = tokenStatus(t, now);
                  return (
                    <tr key={t.id}>
                      <td className="py-2 font-medium">{t.name}</td>
                      <td className="font-mono text-xs">{t.prefix}…</td>
                      <td>{fmt(t.createdAt)}</td>
                      <td>{fmt(t.lastUsedAt)}</td>
                      <td>{fmt(t.expiresAt)}</td>
                      <td>{status}</td>
                      <td>{canWrite && status === "Active" && <RevokeTokenButton action={revokeTokenAction.bind(null, slug, t.id)} name={t.name} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table></div>
          )}
        </Card>
        <Card title="Authorized apps (Authorize / OAuth)">
          {apps.length === 0 ? <p className="text-sm text-slate-600">No identity provider has been authorized with the Authorize button yet.</p> : (
            <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
              <caption className="sr-only">Authorized apps</caption>
              <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">App</th><th scope="col">Authorized by</th><th scope="col">Authorized</th><th scope="col">Last used</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {apps.map((a) => (
                  <tr key={a.id}>
                    <td className="py-2 font-medium">{a.clientName}</td>
                    <td>{a.authorizedBy?.email ?? "—"}</td>
                    <td>{fmt(a.createdAt)}</td>
                    <td>{fmt(a.lastUsedAt)}</td>
                    <td>{canWrite && <RevokeTokenButton action={revokeGrantAction.bind(null, slug, a.id)} name={a.clientName} />}</td>
                  </tr>
                ))}
              </tbody>
            </table></div>
          )}
        </Card>
        <Card title="Recent inbound requests" actions={<Link href={`/o/${slug}/logs/scim`} className="text-sm text-brand-700 underline">Search and export all inbound requests</Link>}>
          {requests.length === 0 ? <p className="text-sm text-slate-600">No SCIM requests yet.</p> : (
            <div className="relative overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">Recent inbound SCIM requests, newest first</caption>
                <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Time</th><th scope="col">Request</th><th scope="col">Status</th><th scope="col">Duration</th><th scope="col">Token</th><th scope="col">Result</th><th scope="col">Client</th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {requests.map((r) => (
                    <tr key={r.id} className="align-top">
                      <td className="whitespace-nowrap py-2 pr-3">{fmt(r.at)}</td>
                      <td className="max-w-md break-all pr-3 font-mono text-xs">{r.method} {r.path}{r.query ? `?${r.query}` : ""}</td>
                      <td className={r.status >= 400 ? "font-semibold text-red-700" : "text-green-700"}>{r.status}</td>
                      <td>{r.durationMs} ms</td>
                      <td>{r.tokenName ?? "—"}</td>
                      <td className="pr-3">{r.action ? `${r.action}${r.resourceName ? ` ${r.resourceName}` : ""}` : "—"}</td>
                      <td className="text-xs text-slate-600">{r.clientIp ?? "—"}{r.userAgent ? ` · ${r.userAgent}` : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
