// Reads and writes OrgGroup rows (and reads their members) in plain SQL, scoped to an organization. API:
// loadGroups(db, orgId, ids), loadMembersOf(db, groupIds), insertGroup(tx, …), updateGroup(tx, …), touchGroup(tx, id).
import { v7 as newId } from "uuid";
import { asDate, sqlList, type SqlSession } from "@/lib/db/sql-session";
import { GROUP_READ_COLUMNS, GROUP_WRITTEN_COLUMNS as WRITTEN, type GroupColumns } from "./group-columns";
import type { GroupRecord, MemberRecord } from "./group-record";

const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(", ");
// By id alone, the organization checked on the rows read (as in user-rows.ts: with `"orgId" = ?` beside a list of ids,
// SQLite's planner without table statistics reads every group of the organization).
const SELECT_GROUPS = `SELECT "orgId", ${quoted(GROUP_READ_COLUMNS)} FROM "OrgGroup" WHERE "id" IN `;
const INSERT_GROUP = `INSERT INTO "OrgGroup" ("id", "orgId", "source", ${quoted(WRITTEN)}, "version", "createdAt", "updatedAt")
  VALUES (?, ?, ?, ${sqlList(WRITTEN.length)}, 1, ?, ?)`;
const UPDATE_GROUP = `UPDATE "OrgGroup" SET ${WRITTEN.map((c) => `"${c}" = ?, `).join("")}"version" = "version" + 1, "updatedAt" = ?
  WHERE "id" = ? AND "orgId" = ? AND "version" = ?`;

const values = (columns: GroupColumns) => WRITTEN.map((c) => columns[c]);

/** The organization's groups among `ids` (others are simply absent). */
export async function loadGroups(db: SqlSession, orgId: string, ids: string[]): Promise<Map<string, GroupRecord>> {
  const byId = new Map<string, GroupRecord>();
  if (ids.length === 0) return byId;
  const rows = await db.all(`${SELECT_GROUPS}(${sqlList(ids.length)})`, ids);
  for (const { orgId: rowOrg, ...r } of rows) {
    if (rowOrg !== orgId) continue;
    byId.set(r.id as string, {
      ...(r as Pick<GroupRecord, "id" | "displayName" | "externalId">),
      version: Number(r.version),
      createdAt: asDate(r.createdAt),
      updatedAt: asDate(r.updatedAt),
    });
  }
  return byId;
}

/** One query for the members of a page of groups, each in the order they were added. */
export async function loadMembersOf(db: SqlSession, groupIds: string[]): Promise<Map<string, MemberRecord[]>> {
  const byGroup = new Map<string, MemberRecord[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await db.all(
    `SELECT m."groupId", m."userId", u."displayName", u."userName" FROM "OrgGroupMember" m JOIN "OrgUser" u ON u."id" = m."userId"
     WHERE m."groupId" IN (${sqlList(groupIds.length)}) ORDER BY m."createdAt", m."userId"`,
    groupIds,
  );
  for (const r of rows)
    byGroup
      .get(r.groupId as string)
      ?.push({ userId: r.userId as string, display: (r.displayName ?? r.userName) as string });
  return byGroup;
}

/** Inserts the group (no members); returns the new id. */
export async function insertGroup(
  tx: SqlSession,
  orgId: string,
  source: string,
  columns: GroupColumns,
  now = new Date(),
): Promise<string> {
  const id = newId();
  await tx.run(INSERT_GROUP, [id, orgId, source, ...values(columns), now, now]);
  return id;
}

/** Sets the columns and moves the version on if the row is still at `version`; false when another write got there first. */
export async function updateGroup(
  tx: SqlSession,
  orgId: string,
  id: string,
  version: number,
  columns: GroupColumns,
  now = new Date(),
): Promise<boolean> {
  return (await tx.run(UPDATE_GROUP, [...values(columns), now, id, orgId, version])) > 0;
}

/** Moves the version on after a membership change (the group's own columns unchanged). */
export async function touchGroup(tx: SqlSession, id: string, now = new Date()): Promise<void> {
  await tx.run(`UPDATE "OrgGroup" SET "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?`, [now, id]);
}
