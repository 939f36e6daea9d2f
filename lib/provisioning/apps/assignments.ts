// Users and groups assigned to an app (PRODUCT.md §5): assigning a group brings its members into scope.
// Unassigning leaves a tombstone with a change number, so the next incremental cycle disables what it provisioned.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { takeChangeSeq } from "@/lib/source-directory/change-seq";
import { findSourceGroup, findSourceUser } from "@/lib/source-directory/find-source-principal";

export type PrincipalRef = { type: "user" | "group"; ref: string };

async function resolve(orgId: string, p: PrincipalRef) {
  if (p.type === "user") {
    const u = await findSourceUser(orgId, p.ref);
    return { key: { sourceUserId: u.id }, name: u.userPrincipalName, id: u.id };
  }
  const g = await findSourceGroup(orgId, p.ref);
  return { key: { sourceGroupId: g.id }, name: g.displayName, id: g.id };
}

export async function assignPrincipal(orgId: string, appId: string, principal: PrincipalRef, actor: Actor) {
  const app = await prisma.enterpriseApp.findFirst({ where: { id: appId, orgId }, select: { id: true, name: true } });
  if (!app) throw new AppError("not_found", "Application not found.");
  const who = await resolve(orgId, principal);
  const existing = await prisma.appAssignment.findFirst({
    where: { appId, ...who.key },
    select: { id: true, removedAt: true },
  });
  if (existing && !existing.removedAt)
    return { id: existing.id, principalType: principal.type, name: who.name, changed: false };
  return prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    const row = existing
      ? await tx.appAssignment.update({
          where: { id: existing.id },
          data: { removedAt: null, changeSeq },
          select: { id: true },
        })
      : await tx.appAssignment.create({
          data: { appId, orgId, principalType: principal.type, ...who.key, changeSeq },
          select: { id: true },
        });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "app.assign",
        targetType: "enterpriseApp",
        targetId: appId,
        newValue: { app: app.name, [principal.type]: who.name },
      },
      tx,
    );
    return { id: row.id, principalType: principal.type, name: who.name, changed: true };
  });
}

export async function unassign(orgId: string, appId: string, assignmentId: string, actor: Actor) {
  const row = await prisma.appAssignment.findFirst({
    where: { id: assignmentId, appId, orgId, removedAt: null },
    select: {
      id: true,
      principalType: true,
      sourceUser: { select: { userPrincipalName: true } },
      sourceGroup: { select: { displayName: true } },
    },
  });
  if (!row) throw new AppError("not_found", "Assignment not found.");
  const name = row.sourceUser?.userPrincipalName ?? row.sourceGroup?.displayName ?? assignmentId;
  await prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    await tx.appAssignment.update({ where: { id: row.id }, data: { removedAt: new Date(), changeSeq } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "app.unassign",
        targetType: "enterpriseApp",
        targetId: appId,
        oldValue: { [row.principalType]: name },
      },
      tx,
    );
  });
  return { id: row.id, principalType: row.principalType, name };
}

export async function unassignPrincipal(orgId: string, appId: string, principal: PrincipalRef, actor: Actor) {
  const who = await resolve(orgId, principal);
  const row = await prisma.appAssignment.findFirst({
    where: { appId, orgId, removedAt: null, ...who.key },
    select: { id: true },
  });
  if (!row) throw new AppError("not_found", `${who.name} is not assigned to this application.`);
  return unassign(orgId, appId, row.id, actor);
}

export async function listAssignments(orgId: string, appId: string, { page = 1, pageSize = 25, q = "" } = {}) {
  const query = q.trim().toLowerCase();
  const where = {
    appId,
    orgId,
    removedAt: null,
    ...(query
      ? {
          OR: [
            { sourceUser: { OR: [{ displayNameLower: { contains: query } }, { upnLower: { contains: query } }] } },
            { sourceGroup: { displayNameLower: { contains: query } } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.appAssignment.findMany({
      where,
      orderBy: [{ principalType: "desc" }, { createdAt: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        principalType: true,
        createdAt: true,
        sourceUser: { select: { id: true, displayName: true, userPrincipalName: true } },
        sourceGroup: { select: { id: true, displayName: true, _count: { select: { members: true } } } },
      },
    }),
    prisma.appAssignment.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      type: r.principalType as "user" | "group",
      displayName: r.sourceUser?.displayName ?? r.sourceGroup?.displayName ?? "(deleted)",
      detail: r.sourceUser?.userPrincipalName ?? (r.sourceGroup ? `${r.sourceGroup._count.members} members` : ""),
      sourceId: r.sourceUser?.id ?? r.sourceGroup?.id ?? null,
      createdAt: r.createdAt,
    })),
  };
}
