// Looks up an organization's app by id or name (CLI, console), with its provisioning job.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export async function findApp(orgId: string, ref: string) {
  const app = await prisma.enterpriseApp.findFirst({
    where: { orgId, OR: [{ id: ref }, { name: ref }] },
    include: { job: true },
  });
  if (!app || !app.job) throw new AppError("not_found", `No application "${ref}" in this organization.`);
  return { ...app, job: app.job };
}

export async function listApps(orgId: string) {
  const apps = await prisma.enterpriseApp.findMany({
    where: { orgId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      tenantUrl: true,
      targetOrgName: true,
      createdAt: true,
      credentials: true,
      job: {
        select: {
          mode: true,
          enabled: true,
          quarantinedAt: true,
          lastCycleFinishedAt: true,
          currentCycleId: true,
          leaseUntil: true,
        },
      },
      _count: { select: { assignments: { where: { removedAt: null } } } },
    },
  });
  return apps.map(({ credentials, _count, ...a }) => ({
    ...a,
    hasCredentials: Boolean(credentials),
    assignmentCount: _count.assignments,
  }));
}

export async function deleteApp(orgId: string, appId: string, actor: { id?: string | null; label: string }) {
  const app = await findApp(orgId, appId);
  const { recordAuditEvent } = await import("@/lib/audit/record-audit-event");
  await prisma.$transaction(async (tx) => {
    await tx.provisioningObjectState.deleteMany({ where: { jobId: app.job.id } });
    await tx.enterpriseApp.delete({ where: { id: app.id } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "app.delete",
        targetType: "enterpriseApp",
        targetId: app.id,
        oldValue: { name: app.name, kind: app.kind },
      },
      tx,
    );
  });
  return { id: app.id, name: app.name };
}

/** The app's name, or null when the organization has no such app (pages answer 404). */
export async function findAppName(orgId: string, appId: string) {
  return prisma.enterpriseApp.findFirst({ where: { id: appId, orgId }, select: { id: true, name: true, kind: true } });
}
