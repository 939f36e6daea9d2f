// An organization (in whatever database `prisma` points at) whose source directory provisions `users` people in
// one assigned group into an external SCIM target, e.g. the faulty SCIM server; optionally On and due at once so
// the app process's scheduler runs it.
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { saveProvisioningSettings } from "@/lib/provisioning/provisioning-job/save-settings";
import { importRows } from "./provisioning";
import { createScimOrg, type ScimOrg } from "./scim";
import { unique } from "./cli";

export type TargetScenario = ScimOrg & { appId: string; jobId: string; group: string; upn: (i: number) => string };

export async function targetScenario(options: {
  users: number;
  tenantUrl: string;
  token: string;
  automatic?: boolean;
  notificationEmail?: string;
}): Promise<TargetScenario> {
  const org = await createScimOrg({ tokenName: "Org Center provisioning" });
  const group = unique("Team");
  const upn = (i: number) => `user${i}@${org.domain}`;
  await importRows(
    org.orgId,
    Array.from({ length: options.users }, (_, i) => ({ upn: upn(i), displayName: `User ${i} Test`, groups: [group] })),
  );
  const app = await createApp(
    org.orgId,
    { name: unique("Target"), kind: "custom", tenantUrl: options.tenantUrl, secretToken: options.token },
    { baseUrl: "http://127.0.0.1", actor: CLI_ACTOR },
  );
  await assignPrincipal(org.orgId, app.id, { type: "group", ref: group }, CLI_ACTOR);
  await saveProvisioningSettings(
    org.orgId,
    app.id,
    {
      mode: "automatic",
      scope: "assigned",
      enabled: Boolean(options.automatic),
      intervalMinutes: 40,
      preventDeletes: true,
      deleteThreshold: 500,
      notificationEmail: options.notificationEmail ?? "",
      notifyOnFailure: Boolean(options.notificationEmail),
    },
    CLI_ACTOR,
  );
  if (options.automatic)
    await prisma.provisioningJob.update({ where: { id: app.jobId }, data: { nextRunAt: new Date() } });
  return { ...org, appId: app.id, jobId: app.jobId, group, upn };
}
