// The Directory name search as SQL over OrgUserSearchTerm: every typed word starts one of the user's terms
// (user-search-terms.ts), each word an index range on (orgId, term). API: planUserSearch(orgId, q) → UserSearchPlan.
import { startsWith, sql, join, type Sql } from "@/lib/db/sql";
import { sqlSession, type SqlValue } from "@/lib/db/sql-session";
import { searchWords } from "./user-search-terms";

/** Up to this many terms (~20% of 100,000 users), the rarest word's users are sorted; beyond, the page's order index is walked. */
export const SPARSE_TERMS = 20_000;

export type UserSearchPlan =
  /** Nobody has a term starting with one of the words. */
  | { kind: "none" }
  /** `match` selects the users by the rarest word's range (`"id" IN (...)`), the other words checked per user. */
  | { kind: "sparse"; match: Sql }
  /**
   * Every word is common: `match` checks each user met along the page's order, and `countUpTo(filters, cap)` counts
   * the matches from the rarest word's range no further than `cap` (a first name or a domain may match everyone).
   */
  | { kind: "dense"; match: Sql; countUpTo: (filters: Sql[], cap: number) => Sql };

const TERMS = sql`"OrgUserSearchTerm"`;

function hasWord(word: string): Sql {
  return sql`EXISTS (SELECT 1 FROM ${TERMS} AS t WHERE t."userId" = "OrgUser"."id" AND ${startsWith("term", word)})`;
}

/** Words whose terms are counted no further than this first: a common word costs little to tell from a rare one. */
const FIRST_PROBE = 1_000;

/** The words' term counts, each counted no further than `cap`, in one statement. */
async function termCounts(orgId: string, words: string[], cap: number): Promise<number[]> {
  const counts = words.map(
    (word, i) =>
      sql`SELECT CAST(${i} AS INTEGER) AS "w", count(*) AS "n" FROM (SELECT 1 FROM ${TERMS} WHERE "orgId" = ${orgId} AND ${startsWith("term", word)} LIMIT ${cap}) AS "capped"`,
  );
  const query = join(counts, " UNION ALL ");
  const rows = await sqlSession().all<{ w: unknown; n: unknown }>(query.sql, query.values as SqlValue[]);
  const byWord = new Map(rows.map((r) => [Number(r.w), Number(r.n)]));
  return words.map((_, i) => byWord.get(i) ?? 0);
}

export async function planUserSearch(orgId: string, q: string): Promise<UserSearchPlan | null> {
  const words = searchWords(q);
  if (words.length === 0) return null;
  let counts = await termCounts(orgId, words, FIRST_PROBE + 1);
  if (counts.every((n) => n > FIRST_PROBE)) counts = await termCounts(orgId, words, SPARSE_TERMS + 1);
  if (counts.some((n) => n === 0)) return { kind: "none" };
  const order = words.map((word, i) => ({ word, n: counts[i]! })).sort((a, b) => a.n - b.n);
  const [rarest, ...others] = order;
  if (rarest!.n > SPARSE_TERMS) {
    return {
      kind: "dense",
      match: join(
        order.map((w) => hasWord(w.word)),
        " AND ",
      ),
      countUpTo: (filters, cap) =>
        sql`SELECT count(*) AS "n" FROM (SELECT DISTINCT d."userId" FROM ${TERMS} AS d CROSS JOIN "OrgUser"
          WHERE d."orgId" = ${orgId} AND ${startsWith("term", rarest!.word)} AND "OrgUser"."id" = d."userId"
          ${join([sql``, ...filters, ...others.map((w) => hasWord(w.word))], " AND ")} LIMIT ${cap + 1}) AS "capped"`,
    };
  }
  const users = sql`"id" IN (SELECT "userId" FROM ${TERMS} WHERE "orgId" = ${orgId} AND ${startsWith("term", rarest!.word)})`;
  return { kind: "sparse", match: join([users, ...others.map((w) => hasWord(w.word))], " AND ") };
}
