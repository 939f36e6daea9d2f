// The provisioning page's buttons and the CLI's start/stop: status On/Off (Off lets a running cycle finish),
// Sync now, Restart provisioning (forget state: the next cycle is an initial one), Allow deletes.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { findApp } from "../apps/find-app";
import { isLeaseHeld } from "./lease";

export async function setProvisioningEnabled(orgId: string, appRef: string, enabled: boolean, actor: Actor) {
  const app = await findApp(orgId, appRef);
  if (enabled && (app.job.mode !== "automatic" || !app.tenantUrl || !app.credentials)) {
    throw new AppError(
      "precondition_failed",
      "Provisioning cannot start: set Provisioning Mode to Automatic with working Admin Credentials first.",
    );
  }
  await prisma.provisioningJob.update({
    where: { id: app.job.id },
    data: { enabled, ...(enabled && !app.job.enabled ? { nextRunAt: new Date() } : {}) },
  });
  await recordAuditEvent({
    orgId,
    actor,
    action: enabled ? "provisioning.start" : "provisioning.stop",
    targetType: "enterpriseApp",
    targetId: app.id,
    oldValue: { enabled: app.job.enabled },
    newValue: { enabled },
  });
  return { appId: app.id, jobId: app.job.id, enabled, running: isLeaseHeld(app.job) };
}

export async function requestSync(orgId: string, appRef: string, actor: Actor) {
  const app = await findApp(orgId, appRef);
  if (!app.tenantUrl || !app.credentials)
    throw new AppError("precondition_failed", "Enter and save the Admin Credentials before syncing.");
  const now = new Date();
  await prisma.provisioningJob.update({ where: { id: app.job.id }, data: { syncRequestedAt: now, nextRunAt: now } });
  await recordAuditEvent({
    orgId,
    actor,
    action: "provisioning.sync-now",
    targetType: "enterpriseApp",
    targetId: app.id,
  });
  // A cycle already running is followed by another at once when the scheduler runs the job (finish-cycle.ts).
  const followsRunning = app.job.enabled && app.job.mode === "automatic";
  return { appId: app.id, jobId: app.job.id, followsRunning };
}

export async function restartProvisioning(orgId: string, appRef: string, actor: Actor) {
  const app = await findApp(orgId, appRef);
  if (isLeaseHeld(app.job))
    throw new AppError(
      "conflict",
      "A cycle is running. Restart when it has finished (turn provisioning Off to stop after this cycle).",
    );
  await prisma.$transaction(async (tx) => {
    await tx.provisioningObjectState.deleteMany({ where: { jobId: app.job.id } });
    if (app.job.currentCycleId)
      await tx.provisioningCycle.updateMany({
        where: { id: app.job.currentCycleId, status: "running" },
        data: { status: "canceled", finishedAt: new Date() },
      });
    await tx.provisioningJob.update({
      where: { id: app.job.id },
      data: {
        watermark: 0,
        syncedConfigHash: null,
        fullSyncRequired: true,
        currentCycleId: null,
        nextRunAt: new Date(),
        quarantinedAt: null,
        quarantineReason: null,
        quarantineCode: null,
        quarantineRequest: Prisma.DbNull,
        quarantineLevel: 0,
        deletesHeldAt: null,
        heldDeleteCount: 0,
        allowDeletesOnce: false,
      },
    });
    await recordAuditEvent(
      { orgId, actor, action: "provisioning.restart", targetType: "enterpriseApp", targetId: app.id },
      tx,
    );
  });
  return { appId: app.id, jobId: app.job.id };
}

export async function allowDeletes(orgId: string, appRef: string, actor: Actor) {
  const app = await findApp(orgId, appRef);
  if (!app.job.deletesHeldAt) throw new AppError("precondition_failed", "No deletions are held.");
  await prisma.provisioningJob.update({
    where: { id: app.job.id },
    data: {
      allowDeletesOnce: true,
      deletesHeldAt: null,
      quarantinedAt: null,
      quarantineReason: null,
      quarantineCode: null,
      quarantineLevel: 0,
      nextRunAt: new Date(),
      syncRequestedAt: new Date(),
    },
  });
  await recordAuditEvent({
    orgId,
    actor,
    action: "provisioning.allow-deletes",
    targetType: "enterpriseApp",
    targetId: app.id,
    newValue: { held: app.job.heldDeleteCount },
  });
  return { appId: app.id, jobId: app.job.id, held: app.job.heldDeleteCount };
}
