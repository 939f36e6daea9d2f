// Membership changes applied in SQL from a MemberDelta (never by loading the whole member list), restricted to
// users of the same organization. API: assertMembersInOrg(orgId, ids), applyMemberDelta(tx, groupId, delta).
import { sqlSession, sqlList, type SqlSession } from "@/lib/db/sql-session";
import { ScimError } from "@/lib/scim/errors";
import type { MemberDelta } from "@/lib/scim/patch-types";
import { ConcurrentChange, isForeignKeyViolation, isUniqueViolation } from "@/lib/db/db-errors";

/** Keeps `IN (...)` lists well under SQLite's and PostgreSQL's bind-parameter limits. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function listIds(ids: string[]): string {
  const shown = ids
    .slice(0, 10)
    .map((id) => `"${id}"`)
    .join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

/** Another organization's user id is reported exactly like an id that does not exist: nothing leaks across orgs. */
export async function assertMembersInOrg(orgId: string, ids: string[]): Promise<void> {
  const wanted = [...new Set(ids)];
  const found = new Set<string>();
  for (const chunk of chunks(wanted)) {
    // By id alone, the organization checked on the rows (see user-rows.ts: SQLite's planner would read every user).
    const rows = await sqlSession().all<{ id: string; orgId: string }>(
      `SELECT "id", "orgId" FROM "OrgUser" WHERE "id" IN (${sqlList(chunk.length)})`,
      chunk,
    );
    for (const row of rows) if (row.orgId === orgId) found.add(row.id);
  }
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const noun = missing.length === 1 ? "user" : "users";
    throw new ScimError(
      400,
      "invalidValue",
      `Members must be users of this organization; no ${noun} with id ${listIds(missing)} exists here. No membership was changed`,
    );
  }
}

export interface MemberChanges {
  added: number;
  removed: number;
}

/** Runs inside the caller's transaction, in the order removeAll, remove, add; counts the rows that changed. */
export async function applyMemberDelta(
  tx: SqlSession,
  groupId: string,
  delta: MemberDelta,
  now = new Date(),
): Promise<MemberChanges> {
  let removed = 0;
  let added = 0;
  if (delta.removeAll) removed += await tx.run(`DELETE FROM "OrgGroupMember" WHERE "groupId" = ?`, [groupId]);
  for (const chunk of chunks([...new Set(delta.remove)])) {
    removed += await tx.run(
      `DELETE FROM "OrgGroupMember" WHERE "groupId" = ? AND "userId" IN (${sqlList(chunk.length)})`,
      [groupId, ...chunk],
    );
  }
  for (const chunk of chunks([...new Set(delta.add)])) {
    const existing = await tx.all<{ userId: string }>(
      `SELECT "userId" FROM "OrgGroupMember" WHERE "groupId" = ? AND "userId" IN (${sqlList(chunk.length)})`,
      [groupId, ...chunk],
    );
    const present = new Set(existing.map((m) => m.userId));
    const missing = chunk.filter((id) => !present.has(id));
    if (missing.length === 0) continue;
    try {
      added += await tx.run(
        `INSERT INTO "OrgGroupMember" ("groupId", "userId", "createdAt") VALUES ${missing.map(() => "(?, ?, ?)").join(", ")}`,
        missing.flatMap((userId) => [groupId, userId, now]),
      );
    } catch (error) {
      // Another request added the same member first (PostgreSQL): run the whole change again.
      if (isUniqueViolation(error)) throw new ConcurrentChange();
      if (isForeignKeyViolation(error))
        throw new ScimError(400, "invalidValue", "A member was deleted while it was being added; retry");
      throw error;
    }
  }
  return { added, removed };
}
