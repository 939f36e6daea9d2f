// The provisioning page's Save (PRODUCT.md §5): mode, Admin Credentials, notification settings, accidental-deletion
// prevention, scope, status and interval. A scope change makes the next cycle a full one (through configHash) and
// is recorded as a mapping version, so history, diff and rollback cover it.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { appendMappingVersion } from "@/lib/provisioning/mappings/append-mapping-version";
import { configHash } from "@/lib/mapping/config-hash";
import { SCOPE_LABELS, ZProvisioningScope } from "@/lib/mapping/types";
import { readJobScope } from "@/lib/mapping/version-snapshot";
import { parseInput } from "@/lib/errors/parse-input";
import { sealCredentials } from "../app-credentials/app-credentials";
import { readMapping } from "@/lib/mapping/read-mapping";
import { parseTenantUrl } from "../scim-client/target-url";
import { findApp } from "../apps/find-app";

export const ZProvisioningSettings = z.object({
  mode: z.enum(["manual", "automatic"]),
  tenantUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || undefined),
  /** Blank keeps the stored token. */
  secretToken: z
    .string()
    .trim()
    .max(4096)
    .optional()
    .transform((v) => v || undefined),
  notificationEmail: z
    .union([z.literal(""), z.email({ message: "Enter an email address." })])
    .optional()
    .transform((v) => v || null),
  notifyOnFailure: z.boolean(),
  preventDeletes: z.boolean(),
  deleteThreshold: z.coerce
    .number({ message: "Enter a number." })
    .int({ message: "Enter a whole number." })
    .min(1, { message: "At least 1." })
    .max(1_000_000),
  scope: ZProvisioningScope,
  enabled: z.boolean(),
  intervalMinutes: z.coerce
    .number({ message: "Enter a number of minutes." })
    .int()
    .min(1, { message: "At least 1 minute." })
    .max(1440, { message: "At most 1440 minutes (a day)." }),
});
export type TProvisioningSettings = z.input<typeof ZProvisioningSettings>;

export async function saveProvisioningSettings(
  orgId: string,
  appId: string,
  input: TProvisioningSettings,
  actor: Actor,
) {
  const s = parseInput(ZProvisioningSettings, input);
  const app = await findApp(orgId, appId);
  if (s.notifyOnFailure && !s.notificationEmail)
    throw new AppError("invalid_input", "Enter the Notification Email to send failure notifications to.", {
      notificationEmail: ["Required when notifications are on."],
    });
  let tenantUrl = app.tenantUrl;
  let credentials = app.credentials;
  if (app.kind === "custom") {
    if (s.tenantUrl) {
      parseTenantUrl(s.tenantUrl);
      tenantUrl = s.tenantUrl;
    }
    if (s.secretToken) credentials = sealCredentials({ type: "secret-token", token: s.secretToken });
  }
  if (s.enabled && s.mode !== "automatic")
    throw new AppError("invalid_input", "Set Provisioning Mode to Automatic before turning provisioning On.", {
      enabled: ["Needs Automatic mode."],
    });
  if (s.mode === "automatic" && (!tenantUrl || !credentials)) {
    const message =
      app.kind === "logmein"
        ? "Authorize Org Center first (Admin Credentials → Authorize)."
        : "Enter the Tenant URL and Secret Token.";
    throw new AppError(
      "invalid_input",
      message,
      app.kind === "logmein"
        ? { credentials: [message] }
        : { tenantUrl: tenantUrl ? [] : ["Required."], secretToken: credentials ? [] : ["Required."] },
    );
  }
  const hash = configHash(readMapping(app.job.mapping), s.scope);
  const old = pick(app.job);
  const turnedOn = s.enabled && !app.job.enabled;
  await prisma.$transaction(async (tx) => {
    await tx.enterpriseApp.update({
      where: { id: app.id },
      data: {
        tenantUrl,
        credentials,
        ...(credentials !== app.credentials ? { credentialsVersion: { increment: 1 } } : {}),
      },
    });
    await tx.provisioningJob.update({
      where: { id: app.job.id },
      data: {
        mode: s.mode,
        notificationEmail: s.notificationEmail,
        notifyOnFailure: s.notifyOnFailure,
        preventDeletes: s.preventDeletes,
        deleteThreshold: s.deleteThreshold,
        scope: s.scope,
        enabled: s.enabled,
        intervalMinutes: s.intervalMinutes,
        configHash: hash,
        ...(turnedOn ? { nextRunAt: new Date() } : {}),
      },
    });
    // The scope is versioned with the mappings (history, diff, rollback, export).
    if (s.scope !== readJobScope(app.job.scope)) {
      const definition = readMapping(app.job.mapping);
      await appendMappingVersion(tx, {
        jobId: app.job.id,
        orgId,
        before: { definition, scope: readJobScope(app.job.scope) },
        after: { definition, scope: s.scope },
        action: "scope",
        comment: `Scope: ${SCOPE_LABELS[s.scope]}`,
        actor,
      });
    }
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "provisioning.settings.update",
        targetType: "enterpriseApp",
        targetId: app.id,
        oldValue: { ...old, tenantUrl: app.tenantUrl },
        newValue: {
          ...pick({ ...s, notificationEmail: s.notificationEmail }),
          tenantUrl,
          secretToken: s.secretToken ? "[changed]" : undefined,
        },
      },
      tx,
    );
  });
  return {
    appId: app.id,
    jobId: app.job.id,
    enabled: s.enabled,
    turnedOn,
    fullSyncNext: hash !== app.job.syncedConfigHash && app.job.syncedConfigHash !== null,
  };
}

function pick(j: {
  mode: string;
  notificationEmail: string | null;
  notifyOnFailure: boolean;
  preventDeletes: boolean;
  deleteThreshold: number;
  scope: string;
  enabled: boolean;
  intervalMinutes: number;
}) {
  const { mode, notificationEmail, notifyOnFailure, preventDeletes, deleteThreshold, scope, enabled, intervalMinutes } =
    j;
  return { mode, notificationEmail, notifyOnFailure, preventDeletes, deleteThreshold, scope, enabled, intervalMinutes };
}
