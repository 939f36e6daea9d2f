import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { getProvisioningStatus } from "@/lib/provisioning/provisioning-job/get-status";
import { formatUtc } from "@/lib/console/format-date";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/provisioning/action-button";
import { AppTabs } from "@/components/provisioning/app-tabs";
import { deleteAppAction } from "../actions";

export const metadata: Metadata = { title: "Application" };

export default async function AppPage({ params }: { params: Promise<{ org: string; appId: string }> }) {
  const { org: slug, appId } = await params;
  const { org, role } = await requirePageAccess(slug, "console:read");
  const s = await getProvisioningStatus(org.id, appId).catch((e) =>
    isAppError(e) && e.code === "not_found" ? null : Promise.reject(e),
  );
  if (!s) notFound();
  const rows: [string, string][] = [
    ["Type", s.app.kind === "logmein" ? "LogMeIn (gallery app)" : "Custom SCIM app"],
    ["Tenant URL", s.app.tenantUrl ?? "Not set"],
    [
      "Credentials",
      s.app.credentials.present
        ? `${s.app.credentials.kind ?? "Stored"}${s.app.credentials.error ? ` (${s.app.credentials.error})` : ""}`
        : "Not set",
    ],
    ...(s.app.kind === "logmein"
      ? [["Target organization", s.app.targetOrgName ?? "Not authorized yet"] as [string, string]]
      : []),
    [
      "Provisioning",
      `${s.settings.mode === "automatic" ? "Automatic" : "Manual"}, ${s.settings.enabled ? "On" : "Off"}${s.quarantine ? " (quarantined)" : ""}`,
    ],
    [
      "Last cycle",
      s.last
        ? `${s.last.type}, ${s.last.status}, ${s.last.finishedAt ? formatUtc(s.last.finishedAt) : ""}`
        : "None yet",
    ],
  ];
  return (
    <>
      <PageHeader
        title={s.app.name}
        description="Enterprise application"
        actions={
          can(role, "config:write") && (
            <ActionButton
              action={deleteAppAction.bind(null, slug, appId)}
              label="Delete application"
              variant="danger"
              confirm={`Delete ${s.app.name}? Its provisioning stops and its assignments and provisioning state are removed. Users already provisioned stay in the target.`}
            />
          )
        }
      />
      <AppTabs orgSlug={slug} appId={appId} current="overview" />
      <Card title="Properties">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
          {rows.map(([k, v]) => [
            <dt key={`${k}-t`} className="font-medium text-slate-600">
              {k}
            </dt>,
            <dd key={`${k}-d`} className="break-all">
              {v}
            </dd>,
          ])}
        </dl>
        {s.last || s.current ? (
          <p className="mt-5 text-sm text-slate-700">
            Provisioning has run: see its{" "}
            <Link className="text-brand-700 underline" href={`/o/${slug}/apps/${appId}/provisioning`}>
              status and outcomes
            </Link>{" "}
            or the{" "}
            <Link className="text-brand-700 underline" href={`/o/${slug}/logs?app=${encodeURIComponent(appId)}`}>
              provisioning log
            </Link>
            .
          </p>
        ) : (
          <p className="mt-5 text-sm text-slate-700">
            Next:{" "}
            <Link className="text-brand-700 underline" href={`/o/${slug}/apps/${appId}/users-groups`}>
              assign users and groups
            </Link>
            , then{" "}
            <Link className="text-brand-700 underline" href={`/o/${slug}/apps/${appId}/provisioning`}>
              set up provisioning
            </Link>
            .
          </p>
        )}
      </Card>
    </>
  );
}
