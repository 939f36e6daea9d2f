// CSV import of the source directory (PRODUCT.md §5): every row is validated against the file and the database
// first; with any error nothing changes. Users are matched by objectId, else by userPrincipalName; groups named in
// the "groups" column are created when missing and the user's memberships become exactly that list.
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { takeChangeSeq } from "./change-seq";
import { parseDirectoryCsv, type CsvRowError, type ParsedRow } from "./directory-csv";
import { USER_FIELDS, type TSourceUser } from "./schemas";
import { userColumns } from "./save-source-user";

export type ImportResult = {
  applied: boolean;
  errors: CsvRowError[];
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  groupsCreated: number;
  membershipsAdded: number;
  membershipsRemoved: number;
};

type Existing = { id: string; objectId: string; upnLower: string; deletedAt: Date | null } & Record<
  (typeof USER_FIELDS)[number],
  unknown
>;

const chunk = <T>(items: T[], n = 500) =>
  Array.from({ length: Math.ceil(items.length / n) }, (_, i) => items.slice(i * n, i * n + n));

export async function importDirectoryCsv(orgId: string, text: string, actor: Actor): Promise<ImportResult> {
  const { rows, errors } = parseDirectoryCsv(text);
  const result: ImportResult = {
    applied: false,
    errors,
    rows: rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    groupsCreated: 0,
    membershipsAdded: 0,
    membershipsRemoved: 0,
  };
  if (errors.length) return result;

  const existing = (await prisma.sourceUser.findMany({
    where: { orgId },
    select: {
      id: true,
      objectId: true,
      upnLower: true,
      deletedAt: true,
      ...Object.fromEntries(USER_FIELDS.map((f) => [f, true])),
    },
  })) as Existing[];
  const byObject = new Map(existing.map((u) => [u.objectId, u]));
  const liveByUpn = new Map(existing.filter((u) => !u.deletedAt).map((u) => [u.upnLower, u]));
  const plan = rows.map((r) => resolveRow(r, byObject, liveByUpn, errors));
  if (errors.length) return { ...result, errors: errors.sort((a, b) => a.row - b.row) };

  const groupNames = new Map<string, string>();
  for (const r of rows)
    for (const g of r.groups ?? []) if (!groupNames.has(g.toLowerCase())) groupNames.set(g.toLowerCase(), g);
  const liveGroups = await prisma.sourceGroup.findMany({
    where: { orgId, deletedAt: null },
    select: { id: true, displayNameLower: true },
  });
  const groupIds = new Map(liveGroups.map((g) => [g.displayNameLower, g.id]));
  const newGroups = [...groupNames]
    .filter(([lower]) => !groupIds.has(lower))
    .map(([lower, name]) => {
      const id = crypto.randomUUID();
      groupIds.set(lower, id);
      return { id, orgId, objectId: crypto.randomUUID(), displayName: name, displayNameLower: lower };
    });

  const currentMembers = await prisma.sourceGroupMember.findMany({
    where: { user: { orgId }, group: { deletedAt: null } },
    select: { groupId: true, userId: true },
  });
  const membersOf = new Map<string, Set<string>>();
  for (const m of currentMembers)
    (membersOf.get(m.userId) ?? membersOf.set(m.userId, new Set()).get(m.userId)!).add(m.groupId);
  const adds: { groupId: string; userId: string }[] = [];
  const removes: { groupId: string; userId: string }[] = [];
  for (const p of plan) {
    if (!p.groups) continue;
    const want = new Set(p.groups.map((g) => groupIds.get(g.toLowerCase())!));
    const have = membersOf.get(p.id) ?? new Set<string>();
    for (const g of want) if (!have.has(g)) adds.push({ groupId: g, userId: p.id });
    for (const g of have) if (!want.has(g)) removes.push({ groupId: g, userId: p.id });
  }
  const touchedUsers = new Set([...adds, ...removes].map((m) => m.userId));
  const touchedGroups = new Set([...adds, ...removes].map((m) => m.groupId));
  const creates = plan.filter((p) => p.kind === "create");
  const updates = plan.filter((p) => p.kind === "update" && (p.changed || touchedUsers.has(p.id)));

  await prisma.$transaction(
    async (tx) => {
      const changeSeq = await takeChangeSeq(tx, orgId);
      for (const part of chunk(newGroups))
        await tx.sourceGroup.createMany({ data: part.map((g) => ({ ...g, changeSeq })) });
      for (const part of chunk(creates))
        await tx.sourceUser.createMany({
          data: part.map((p) => ({ id: p.id, orgId, objectId: p.objectId, ...userColumns(p.user), changeSeq })),
        });
      for (const p of updates)
        await tx.sourceUser.update({
          where: { id: p.id },
          data: { ...userColumns(p.user), deletedAt: null, changeSeq },
        });
      for (const part of chunk(adds)) await tx.sourceGroupMember.createMany({ data: part });
      for (const m of removes) await tx.sourceGroupMember.delete({ where: { groupId_userId: m } });
      for (const part of chunk([...touchedGroups]))
        await tx.sourceGroup.updateMany({ where: { id: { in: part } }, data: { changeSeq } });
      await recordAuditEvent(
        {
          orgId,
          actor,
          action: "source.directory.import",
          targetType: "sourceDirectory",
          newValue: {
            rows: rows.length,
            created: creates.length,
            updated: updates.length,
            groupsCreated: newGroups.length,
            membershipsAdded: adds.length,
            membershipsRemoved: removes.length,
          },
        },
        tx,
      );
    },
    { timeout: 300_000, maxWait: 30_000 },
  );

  return {
    ...result,
    applied: true,
    created: creates.length,
    updated: updates.length,
    unchanged: plan.length - creates.length - updates.length,
    groupsCreated: newGroups.length,
    membershipsAdded: adds.length,
    membershipsRemoved: removes.length,
  };
}

type PlannedRow = {
  kind: "create" | "update";
  id: string;
  objectId: string;
  user: TSourceUser;
  groups?: string[];
  changed: boolean;
};

function resolveRow(
  r: ParsedRow,
  byObject: Map<string, Existing>,
  liveByUpn: Map<string, Existing>,
  errors: CsvRowError[],
): PlannedRow {
  const upn = r.user.userPrincipalName.toLowerCase();
  const holder = liveByUpn.get(upn);
  const match = r.user.objectId ? byObject.get(r.user.objectId) : holder;
  if (holder && match && holder.id !== match.id) {
    errors.push({
      row: r.row,
      column: "userPrincipalName",
      message: `${r.user.userPrincipalName} belongs to another user (objectId ${holder.objectId}).`,
    });
  } else if (holder && !match) {
    errors.push({
      row: r.row,
      column: "userPrincipalName",
      message: `${r.user.userPrincipalName} belongs to the user with objectId ${holder.objectId}, not ${r.user.objectId}.`,
    });
  }
  if (!match)
    return {
      kind: "create",
      id: crypto.randomUUID(),
      objectId: r.user.objectId ?? crypto.randomUUID(),
      user: r.user,
      groups: r.groups,
      changed: true,
    };
  const changed = Boolean(match.deletedAt) || USER_FIELDS.some((f) => (match[f] ?? null) !== (r.user[f] ?? null));
  return { kind: "update", id: match.id, objectId: match.objectId, user: r.user, groups: r.groups, changed };
}
