import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { getOrgDomain } from "@/lib/domains/get-domain";
import { effectiveStatus } from "@/lib/domains/domain-status";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { VerifyDomainScreen } from "@/components/domains/verify-domain-screen";
import { DomainActionButton } from "@/components/domains/domain-action-button";
import { removeDomainAction, restartDomainAction, verifyDomainAction } from "../actions";

export const metadata: Metadata = { title: "Domain" };

async function load(orgId: string, domainId: string) {
  try {
    return await getOrgDomain(orgId, domainId);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function DomainPage({ params }: { params: Promise<{ org: string; domainId: string }> }) {
  const { org: slug, domainId } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const canWrite = can(role, "config:write");
  const domain = await load(org.id, domainId);
  const now = new Date();
  const status = effectiveStatus(domain, now);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${slug}/domains`} className="text-brand-700 underline">
          ← All domains
        </Link>
      </p>
      <PageHeader
        title={domain.name}
        description={`A domain of ${org.name}.`}
        actions={
          canWrite && status !== "verified" ? (
            <DomainActionButton
              action={removeDomainAction.bind(null, slug, domain.id)}
              label="Delete domain"
              tone="danger"
              confirmText={`Delete ${domain.name}?`}
            />
          ) : undefined
        }
      />
      <Card>
        <VerifyDomainScreen
          domain={domain}
          now={now}
          verifyAction={verifyDomainAction.bind(null, slug, domain.id)}
          restartAction={restartDomainAction.bind(null, slug, domain.id)}
          canWrite={canWrite}
        />
      </Card>
    </>
  );
}
