import type { Metadata } from "next";
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { listDomains } from "@/lib/domains/list-domains";
import { effectiveStatus, timeLeft } from "@/lib/domains/domain-status";
import { formatUtc } from "@/lib/console/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type CellRow } from "@/components/data-table/data-table";
import { DomainStatusBadge } from "@/components/domains/domain-status-badge";
import { AddDomainForm } from "@/components/domains/add-domain-form";
import { DomainActionButton } from "@/components/domains/domain-action-button";
import { addDomainAction, removeDomainAction } from "../actions";

export const metadata: Metadata = { title: "Domains" };

const COLUMNS: ColumnDef<CellRow>[] = [
  { accessorKey: "name", header: "Domain" },
  { accessorKey: "status", header: "Status" },
  { accessorKey: "details", header: "Details", meta: { isWrapping: true } },
  { accessorKey: "actions", header: "Actions", meta: { isHeaderHidden: true, align: "right" } },
];

export default async function DomainsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const domains = await listDomains(org.id);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Domains"
        description="Users provisioned into this organization must have a user name in one of its verified domains. Verify each domain (and each subdomain) with its own DNS TXT record or HTTP file, within 10 days of adding it."
      />
      <div className="space-y-6">
        {canWrite && (
          <Card title="Add a domain">
            <AddDomainForm action={addDomainAction.bind(null, slug)} />
          </Card>
        )}
        <Card title="Your domains">
          <DataTable
            caption="Domains"
            columns={COLUMNS}
            emptyMessage="No domains yet."
            rows={domains.map((d) => {
              const status = effectiveStatus(d, now);
              return {
                name: (
                  <Link href={`/o/${slug}/domains/${d.id}`} className="font-medium text-brand-700 underline">
                    {d.name}
                  </Link>
                ),
                status: <DomainStatusBadge status={status} />,
                details: (
                  <div className="text-slate-700">
                    {status === "pending" && <>{timeLeft(d.expiresAt, now)} to verify</>}
                    {status === "expired" && <>Code expired {formatUtc(d.expiresAt)}; restart verification</>}
                    {status === "verified" && (
                      <>
                        Verified {d.verifiedAt ? formatUtc(d.verifiedAt) : ""}
                        {d.method === "operator" ? " (operator override)" : ""}
                      </>
                    )}
                    {d.warning && (
                      <p role="note" className="mt-1 text-amber-800">
                        ⚠ {d.warning}
                      </p>
                    )}
                  </div>
                ),
                actions: canWrite && status !== "verified" && (
                  <DomainActionButton
                    action={removeDomainAction.bind(null, slug, d.id)}
                    label="Delete"
                    srLabel={d.name}
                    tone="danger"
                    confirmText={`Delete ${d.name}? Its verification code stops counting.`}
                  />
                ),
              };
            })}
          />
        </Card>
      </div>
    </>
  );
}
