// Creates, edits and deletes source groups and their members. Membership changes touch both sides (the group's
// members and the user's assignment through the group), so both take the change number.
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { takeChangeSeq } from "./change-seq";
import { parseInput } from "@/lib/errors/parse-input";
import { ZSourceGroup, type TSourceGroupInput } from "./schemas";

async function assertNameFree(orgId: string, name: string, exceptId?: string) {
  const clash = await prisma.sourceGroup.findFirst({
    where: {
      orgId,
      displayNameLower: name.toLowerCase(),
      deletedAt: null,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (clash)
    throw new AppError("conflict", `A group named ${name} already exists.`, {
      displayName: ["Already used by another group."],
    });
}

export async function createSourceGroup(orgId: string, input: TSourceGroupInput, actor: Actor) {
  const group = parseInput(ZSourceGroup, input);
  await assertNameFree(orgId, group.displayName);
  return prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    const row = await tx.sourceGroup.create({
      data: {
        orgId,
        objectId: group.objectId ?? crypto.randomUUID(),
        displayName: group.displayName,
        displayNameLower: group.displayName.toLowerCase(),
        description: group.description,
        mailNickname: group.mailNickname,
        changeSeq,
      },
      select: { id: true, objectId: true, displayName: true },
    });
    await recordAuditEvent(
      { orgId, actor, action: "source.group.create", targetType: "sourceGroup", targetId: row.id, newValue: group },
      tx,
    );
    return row;
  });
}

export async function updateSourceGroup(orgId: string, id: string, input: TSourceGroupInput, actor: Actor) {
  const group = parseInput(ZSourceGroup, input);
  const before = await prisma.sourceGroup.findFirst({
    where: { id, orgId, deletedAt: null },
    select: { displayName: true, description: true, mailNickname: true },
  });
  if (!before) throw new AppError("not_found", "Source group not found.");
  await assertNameFree(orgId, group.displayName, id);
  return prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    const row = await tx.sourceGroup.update({
      where: { id },
      data: {
        displayName: group.displayName,
        displayNameLower: group.displayName.toLowerCase(),
        description: group.description,
        mailNickname: group.mailNickname,
        changeSeq,
      },
      select: { id: true, objectId: true, displayName: true },
    });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "source.group.update",
        targetType: "sourceGroup",
        targetId: id,
        oldValue: before,
        newValue: group,
      },
      tx,
    );
    return row;
  });
}

export async function deleteSourceGroup(orgId: string, id: string, actor: Actor) {
  const group = await prisma.sourceGroup.findFirst({
    where: { id, orgId, deletedAt: null },
    select: { id: true, displayName: true },
  });
  if (!group) throw new AppError("not_found", "Source group not found.");
  await prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    await tx.sourceGroup.update({ where: { id }, data: { deletedAt: new Date(), changeSeq } });
    // Members assigned through this group may fall out of scope.
    await tx.sourceUser.updateMany({ where: { orgId, memberships: { some: { groupId: id } } }, data: { changeSeq } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "source.group.delete",
        targetType: "sourceGroup",
        targetId: id,
        oldValue: { displayName: group.displayName },
      },
      tx,
    );
  });
  return group;
}

export async function setGroupMembership(
  orgId: string,
  groupId: string,
  change: { add?: string[]; remove?: string[] },
  actor: Actor,
) {
  const group = await prisma.sourceGroup.findFirst({
    where: { id: groupId, orgId, deletedAt: null },
    select: { id: true, displayName: true },
  });
  if (!group) throw new AppError("not_found", "Source group not found.");
  const add = [...new Set(change.add ?? [])];
  const remove = [...new Set(change.remove ?? [])];
  const users = await prisma.sourceUser.findMany({
    where: { orgId, deletedAt: null, id: { in: [...add, ...remove] } },
    select: { id: true },
  });
  const valid = new Set(users.map((u) => u.id));
  const unknown = add.filter((id) => !valid.has(id));
  if (unknown.length) throw new AppError("invalid_input", `Unknown source user: ${unknown.join(", ")}.`);
  const existing = new Set(
    (
      await prisma.sourceGroupMember.findMany({
        where: { groupId, userId: { in: [...add, ...remove] } },
        select: { userId: true },
      })
    ).map((m) => m.userId),
  );
  const toAdd = add.filter((id) => !existing.has(id));
  const toRemove = remove.filter((id) => existing.has(id));
  if (toAdd.length + toRemove.length === 0) return { added: 0, removed: 0 };
  await prisma.$transaction(async (tx) => {
    const changeSeq = await takeChangeSeq(tx, orgId);
    if (toAdd.length) await tx.sourceGroupMember.createMany({ data: toAdd.map((userId) => ({ groupId, userId })) });
    if (toRemove.length) await tx.sourceGroupMember.deleteMany({ where: { groupId, userId: { in: toRemove } } });
    await tx.sourceGroup.update({ where: { id: groupId }, data: { changeSeq } });
    await tx.sourceUser.updateMany({ where: { id: { in: [...toAdd, ...toRemove] } }, data: { changeSeq } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "source.group.members",
        targetType: "sourceGroup",
        targetId: groupId,
        newValue: { added: toAdd, removed: toRemove },
      },
      tx,
    );
  });
  return { added: toAdd.length, removed: toRemove.length };
}
