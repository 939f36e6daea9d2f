import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { getProvisioningStatus } from "@/lib/provisioning/provisioning-job/get-status";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AppTabs } from "@/components/provisioning/app-tabs";
import { MappingsSummary } from "@/components/provisioning/mappings-summary";
import { OnDemandForm } from "@/components/provisioning/on-demand-form";
import { ProvisioningProgress } from "@/components/provisioning/provisioning-progress";
import { ProvisioningSettingsForm } from "@/components/provisioning/provisioning-settings-form";
import { QuarantineBanner } from "@/components/provisioning/quarantine-banner";
import { AppOutcomes } from "./app-outcomes";
import {
  allowDeletesAction,
  authorizeAction,
  onDemandAction,
  restartAction,
  saveProvisioningAction,
  syncNowAction,
  testConnectionAction,
} from "./actions";

export const metadata: Metadata = { title: "Provisioning" };

export default async function ProvisioningPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; appId: string }>;
  searchParams: Promise<{ authorized?: string; authError?: string }>;
}) {
  const { org: slug, appId } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const status = await getProvisioningStatus(org.id, appId).catch((e) =>
    isAppError(e) && e.code === "not_found" ? null : Promise.reject(e),
  );
  if (!status) notFound();
  const { mapping, ...progress } = status;
  const canWrite = can(role, "config:write");
  const query = await searchParams;
  return (
    <>
      <PageHeader
        title={status.app.name}
        description={
          status.app.kind === "logmein"
            ? "Provisioning into an organization of this Org Center (LogMeIn gallery app)."
            : "Provisioning to a SCIM 2.0 application."
        }
      />
      <AppTabs orgSlug={slug} appId={appId} current="provisioning" />
      <div className="space-y-6">
        {query.authorized && (
          <Alert tone="success">
            Authorized{status.app.targetOrgName ? `: provisioning targets ${status.app.targetOrgName}` : ""}. Use Test
            Connection, then turn provisioning On and Save.
          </Alert>
        )}
        {query.authError && <Alert tone="error">{query.authError}</Alert>}
        <QuarantineBanner
          quarantine={status.quarantine}
          hold={status.hold}
          nextRunAt={status.nextRunAt}
          logsHref={`/o/${slug}/logs`}
          allowDeletes={canWrite ? allowDeletesAction.bind(null, slug, appId) : undefined}
        />
        <Card title="Current status">
          <ProvisioningProgress
            initial={progress}
            pollUrl={`/api/orgs/${slug}/apps/${appId}/provisioning`}
            logsUrl={`/o/${slug}/logs`}
            canWrite={canWrite}
            syncNow={syncNowAction.bind(null, slug, appId)}
            restart={restartAction.bind(null, slug, appId)}
          />
        </Card>
        <Card title="Provisioning outcomes, last 14 days">
          <Suspense
            fallback={
              <p role="status" className="text-sm text-slate-600">
                Loading the outcomes…
              </p>
            }
          >
            <AppOutcomes orgId={org.id} orgSlug={slug} appId={status.app.id} appName={status.app.name} />
          </Suspense>
        </Card>
        <Card title="Provisioning">
          <ProvisioningSettingsForm
            kind={status.app.kind}
            tenantUrl={status.app.tenantUrl}
            credentials={status.app.credentials}
            targetOrgName={status.app.targetOrgName}
            settings={status.settings}
            canWrite={canWrite}
            save={saveProvisioningAction.bind(null, slug, appId)}
            test={testConnectionAction.bind(null, slug, appId)}
            authorize={authorizeAction.bind(null, slug, appId) as unknown as (data: FormData) => Promise<void>}
          />
        </Card>
        <Card
          title="Mappings"
          actions={
            <Link
              className="text-sm font-medium text-brand-700 hover:underline"
              href={`/o/${slug}/apps/${appId}/mappings`}
            >
              Edit mappings
            </Link>
          }
        >
          <MappingsSummary mapping={mapping} />
        </Card>
        {canWrite && (
          <Card title="Provision on demand">
            <OnDemandForm action={onDemandAction.bind(null, slug, appId)} />
          </Card>
        )}
      </div>
    </>
  );
}
