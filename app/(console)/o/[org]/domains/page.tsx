import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listDomains } from "@/lib/domains/list-domains";
import { effectiveStatus, timeLeft } from "@/lib/domains/domain-status";
import { formatUtc } from "@/lib/console/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DomainStatusBadge } from "@/components/domains/domain-status-badge";
import { AddDomainForm } from "@/components/domains/add-domain-form";
import { DomainActionButton } from "@/components/domains/domain-action-button";
import { addDomainAction, removeDomainAction } from "./actions";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const domains = await listDomains(org.id);
  const now = new Date();
  return (
    <>
      <PageHeader title="Domains" description="Users provisioned into this organization must have a user name in one of its verified domains. Verify each domain (and each subdomain) with its own DNS TXT record or HTTP file, within 10 days of adding it." />
      <div className="space-y-6">
        {canWrite && (
          <Card title="Add a domain">
            <AddDomainForm action={addDomainAction.bind(null, slug)} />
          </Card>
        )}
        <Card title="Your domains">
          {domains.length === 0 ? <p className="text-sm text-slate-600">No domains yet.</p> : (
            <div className="relative overflow-x-auto"><table className="min-w-full text-sm">
              <caption className="sr-only">Domains</caption>
              <thead>
                <tr className="text-left text-slate-700">
                  <th scope="col" className="py-2">Domain</th><th scope="col">Status</th><th scope="col">Details</th><th scope="col"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {domains.map((d) => {
                  const status = effectiveStatus(d, now);
                  return (
                    <tr key={d.id}>
                      <td className="py-2 pr-3 font-medium"><Link href={`/o/${slug}/domains/${d.id}`} className="text-brand-700 underline">{d.name}</Link></td>
                      <td className="py-2 pr-3"><DomainStatusBadge status={status} /></td>
                      <td className="py-2 pr-3 text-slate-700">
                        {status === "pending" && <>{timeLeft(d.expiresAt, now)} to verify</>}
                        {status === "expired" && <>Code expired {formatUtc(d.expiresAt)}; restart verification</>}
                        {status === "verified" && <>Verified {d.verifiedAt ? formatUtc(d.verifiedAt) : ""}{d.method === "operator" ? " (operator override)" : ""}</>}
                        {d.warning && <p role="note" className="mt-1 text-amber-800">⚠ {d.warning}</p>}
                      </td>
                      <td className="py-2 text-right">
                        {canWrite && status !== "verified" && (
                          <DomainActionButton action={removeDomainAction.bind(null, slug, d.id)} label="Delete" srLabel={d.name} tone="danger" confirmText={`Delete ${d.name}? Its verification code stops counting.`} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table></div>
          )}
        </Card>
      </div>
    </>
  );
}
