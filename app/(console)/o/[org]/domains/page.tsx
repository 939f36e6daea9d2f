import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/guard";
import { listDomains } from "@/lib/domains/list-domains";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePageAccess(slug, "console:read");
  const domains = await listDomains(org.id);
  return (
    <>
      <PageHeader title="Domains" description="Users provisioned into this organization must have a user name in one of its verified domains." />
      <div className="space-y-6">
        <NotBuiltYet what="Adding and verifying domains from the console (DNS TXT record or HTTP file) comes in a later version; operators can use the CLI meanwhile." />
        <Card title="Your domains">
          {domains.length === 0 ? <p className="text-sm text-slate-600">No domains yet.</p> : (
            <table className="min-w-full text-sm">
              <caption className="sr-only">Domains</caption>
              <thead><tr className="text-left text-slate-700"><th scope="col" className="py-2">Domain</th><th scope="col">Status</th><th scope="col">Verified</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {domains.map((d) => (
                  <tr key={d.id}>
                    <td className="py-2 font-medium">{d.name}</td>
                    <td className="capitalize">{d.status}</td>
                    <td>{d.verifiedAt ? d.verifiedAt.toISOString().slice(0, 10) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </>
  );
}
