// Creates or edits a source user (console and CLI). The userPrincipalName is unique among live users; each write
// takes a change number so the next incremental cycle picks the user up.
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { takeChangeSeq } from "./change-seq";
import { parseInput } from "@/lib/errors/parse-input";
import { ZSourceUser, type TSourceUser, type TSourceUserInput } from "./schemas";

export function userColumns(u: TSourceUser) {
  const { objectId: _o, ...fields } = u;
  return { ...fields, upnLower: u.userPrincipalName.toLowerCase(), displayNameLower: u.displayName.toLowerCase() };
}

async function assertUpnFree(orgId: string, upn: string, exceptId?: string) {
  const clash = await prisma.sourceUser.findFirst({
    where: { orgId, upnLower: upn.toLowerCase(), deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash)
    throw new AppError("conflict", `A user with userPrincipalName ${upn} already exists.`, {
      userPrincipalName: ["Already used by another user."],
    });
}

export async function createSourceUser(orgId: string, input: TSourceUserInput, actor: Actor) {
  const user = parseInput(ZSourceUser, input);
  await assertUpnFree(orgId, user.userPrincipalName);
  const objectId = user.objectId ?? crypto.randomUUID();
  if (await prisma.sourceUser.findUnique({ where: { orgId_objectId: { orgId, objectId } }, select: { id: true } })) {
    throw new AppError("conflict", `objectId ${objectId} is already used.`, { objectId: ["Already used."] });
  }
  return prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    const row = await tx.sourceUser.create({
      data: { orgId, objectId, ...userColumns(user), changeSeq },
      select: { id: true, objectId: true, userPrincipalName: true, displayName: true },
    });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "source.user.create",
        targetType: "sourceUser",
        targetId: row.id,
        newValue: { ...user, objectId },
      },
      tx,
    );
    return row;
  });
}

export async function updateSourceUser(orgId: string, id: string, input: TSourceUserInput, actor: Actor) {
  const user = parseInput(ZSourceUser, input);
  const before = await prisma.sourceUser.findFirst({ where: { id, orgId, deletedAt: null } });
  if (!before) throw new AppError("not_found", "Source user not found.");
  await assertUpnFree(orgId, user.userPrincipalName, id);
  return prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    const row = await tx.sourceUser.update({
      where: { id },
      data: { ...userColumns(user), changeSeq },
      select: { id: true, objectId: true, userPrincipalName: true, displayName: true },
    });
    const {
      id: _i,
      orgId: _o,
      createdAt: _c,
      updatedAt: _u,
      changeSeq: _s,
      upnLower: _l,
      displayNameLower: _d,
      deletedAt: _x,
      ...old
    } = before;
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "source.user.update",
        targetType: "sourceUser",
        targetId: id,
        oldValue: old,
        newValue: user,
      },
      tx,
    );
    return row;
  });
}

/** Deletion leaves a tombstone: provisioning deletes the user from every target in its next cycle. */
export async function deleteSourceUser(orgId: string, id: string, actor: Actor) {
  const user = await prisma.sourceUser.findFirst({
    where: { id, orgId, deletedAt: null },
    select: { id: true, userPrincipalName: true },
  });
  if (!user) throw new AppError("not_found", "Source user not found.");
  await prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    await tx.sourceUser.update({ where: { id }, data: { deletedAt: new Date(), changeSeq } });
    await tx.sourceGroup.updateMany({ where: { orgId, members: { some: { userId: id } } }, data: { changeSeq } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "source.user.delete",
        targetType: "sourceUser",
        targetId: id,
        oldValue: { userPrincipalName: user.userPrincipalName },
      },
      tx,
    );
  });
  return user;
}
