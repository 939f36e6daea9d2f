// Keeps a user's OrgUserSearchTerm rows equal to userSearchTerms() of what is stored, inside the writer's transaction:
// nothing is written unless the terms change (a PATCH of `active` writes none). Deleting the user cascades to them.
// API: writeUserSearchTerms(tx, orgId, userId, after, before?), searchSource(user).
import { sqlList, sqlRows, type SqlSession } from "@/lib/db/sql-session";
import { userSearchTerms, type UserSearchSource } from "./user-search-terms";

const CHUNK = 300;

/** What the search reads from a stored or about-to-be-stored user. */
export function searchSource(user: {
  userName: string;
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  emails: readonly { value: string }[];
}): UserSearchSource {
  return { ...user, emails: user.emails.map((e) => e.value) };
}

/**
 * Stores `after`'s terms for a new user. For a stored user (`before`), when the terms change, the rows it has are
 * read and only the difference is written: rows the migration's backfill wrote may differ slightly (spacing), so the
 * stored rows, not `before`'s terms, say what to delete.
 */
export async function writeUserSearchTerms(
  tx: SqlSession,
  orgId: string,
  userId: string,
  after: UserSearchSource,
  before?: UserSearchSource,
): Promise<void> {
  let terms = userSearchTerms(after);
  if (before) {
    const previous = new Set(userSearchTerms(before));
    if (previous.size === terms.length && terms.every((t) => previous.has(t))) return;
    const stored = (
      await tx.all<{ term: string }>(`SELECT "term" FROM "OrgUserSearchTerm" WHERE "userId" = ?`, [userId])
    ).map((r) => r.term);
    const wanted = new Set(terms);
    const removed = stored.filter((t) => !wanted.has(t));
    for (let i = 0; i < removed.length; i += CHUNK) {
      const chunk = removed.slice(i, i + CHUNK);
      await tx.run(`DELETE FROM "OrgUserSearchTerm" WHERE "userId" = ? AND "term" IN (${sqlList(chunk.length)})`, [
        userId,
        ...chunk,
      ]);
    }
    const kept = new Set(stored);
    terms = terms.filter((t) => !kept.has(t));
  }
  for (let i = 0; i < terms.length; i += CHUNK) {
    const chunk = terms.slice(i, i + CHUNK);
    await tx.run(
      `INSERT INTO "OrgUserSearchTerm" ("orgId", "term", "userId") VALUES ${sqlRows(chunk.length, 3)} ON CONFLICT DO NOTHING`,
      chunk.flatMap((term) => [orgId, term, userId]),
    );
  }
}
