// Keeps a user's OrgUserSearchTerm rows equal to userSearchTerms() of what is stored, inside the writer's transaction:
// nothing is written unless the terms change (a PATCH of `active` writes none). Deleting the user cascades to them.
// API: writeUserSearchTerms(tx, orgId, userId, after, before?), searchSource(user).
import { sqlRows, type SqlSession } from "@/lib/db/sql-session";
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
 * Stores `after`'s terms for a new user, or when they differ from `before`'s (the user as stored) replaces every term
 * the user has: rows the migration's backfill wrote may differ slightly (spacing), so none is left behind.
 */
export async function writeUserSearchTerms(
  tx: SqlSession,
  orgId: string,
  userId: string,
  after: UserSearchSource,
  before?: UserSearchSource,
): Promise<void> {
  const terms = userSearchTerms(after);
  if (before) {
    const previous = new Set(userSearchTerms(before));
    if (previous.size === terms.length && terms.every((t) => previous.has(t))) return;
    await tx.run(`DELETE FROM "OrgUserSearchTerm" WHERE "userId" = ?`, [userId]);
  }
  for (let i = 0; i < terms.length; i += CHUNK) {
    const chunk = terms.slice(i, i + CHUNK);
    await tx.run(
      `INSERT INTO "OrgUserSearchTerm" ("orgId", "term", "userId") VALUES ${sqlRows(chunk.length, 3)} ON CONFLICT DO NOTHING`,
      chunk.flatMap((term) => [orgId, term, userId]),
    );
  }
}
