// A group's members page by page in the order they were added, so a 50,000-member group is never held at once: a
// row-value keyset sought in OrgGroupMember(groupId, createdAt, userId) (the OR form rescanned the group, 3x slower).
// API: memberPages(groupId, pageSize) → AsyncIterable<MemberRecord[]>.
import { sqlLimit, sqlSession } from "@/lib/db/sql-session";
import type { MemberRecord } from "./group-record";

const SELECT = `SELECT m."userId", m."createdAt", u."displayName", u."userName"
  FROM "OrgGroupMember" m JOIN "OrgUser" u ON u."id" = m."userId" WHERE m."groupId" = ?`;
const FIRST_PAGE = (pageSize: number) => `${SELECT} ORDER BY m."createdAt", m."userId" ${sqlLimit(pageSize)}`;
const NEXT_PAGE = (pageSize: number) => `${SELECT} AND (m."createdAt", m."userId") > (?, ?)
  ORDER BY m."createdAt", m."userId" ${sqlLimit(pageSize)}`;

export async function* memberPages(groupId: string, pageSize = 1000): AsyncGenerator<MemberRecord[]> {
  // The cursor is the last row's createdAt exactly as the database returned it, so it compares like the column.
  let after: { createdAt: unknown; userId: string } | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = after
      ? await sqlSession().all(NEXT_PAGE(pageSize), [groupId, after.createdAt as Date, after.userId])
      : await sqlSession().all(FIRST_PAGE(pageSize), [groupId]);
    if (rows.length > 0)
      yield rows.map((r) => ({ userId: r.userId as string, display: (r.displayName ?? r.userName) as string }));
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, userId: last.userId as string };
  }
}
