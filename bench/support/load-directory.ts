// Fills an organization for the benchmarks in bulk: N users, N/20 groups of 5 to 50 members each, and one big group
// holding every even-numbered user (half of them). API: loadDirectory(orgId, domain, users) → BenchDirectory.
import { v7 as newId } from "uuid";
import { sqlTransaction, type SqlValue } from "@/lib/db/sql-session";
import { userSearchTerms } from "@/lib/directory/user-search-terms";

export interface BenchDirectory {
  userIds: string[];
  /** The small groups (not the big one). */
  groupIds: string[];
  bigGroupId: string;
  /** Users outside the big group (the odd-numbered ones), in a shuffled order: what its add-member scenario adds. */
  outsideBigGroup: string[];
}

/** Rows per INSERT: well under SQLite's (32,766) and PostgreSQL's (65,535) bind-parameter limits. */
const BATCH = 1000;

/** Multi-row INSERTs in one transaction: Prisma's createMany took minutes for 100,000 users on this machine. */
async function insertRows(table: string, rows: Record<string, SqlValue | undefined>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  await sqlTransaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await tx.run(
        head + batch.map(() => tuple).join(", "),
        batch.flatMap((r) => columns.map((c) => r[c] ?? null)),
      );
    }
  });
}

/** A deterministic shuffle (the same order on every run), so runs compare. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function loadDirectory(orgId: string, domain: string, users: number): Promise<BenchDirectory> {
  const createdAt = new Date();
  const userIds = Array.from({ length: users }, () => newId());
  const userRows = userIds.map((id, i) => {
    const userName = `user${i}@${domain}`;
    return {
      id,
      orgId,
      userName,
      userNameLower: userName,
      externalId: `ext-${i}`,
      externalIdLower: `ext-${i}`,
      displayName: `User ${i}`,
      displayNameLower: `user ${i}`,
      givenName: "User",
      familyName: String(i),
      department: ["Sales", "Engineering", "Support"][i % 3],
      employeeNumber: String(100000 + i),
      source: "benchmark",
      createdAt,
      updatedAt: createdAt,
    };
  });
  await insertRows("OrgUser", userRows);
  await insertRows(
    "OrgUserEmail",
    userRows.map((u) => ({
      id: newId(),
      userId: u.id,
      value: u.userName,
      valueLower: u.userNameLower,
      type: "work",
      primary: true,
    })),
  );
  // The Directory search's terms, as lib/directory writes them for every user it stores.
  await insertRows(
    "OrgUserSearchTerm",
    userRows.flatMap((u) =>
      userSearchTerms({ ...u, emails: [u.userName] }).map((term) => ({ orgId, term, userId: u.id })),
    ),
  );

  const groupIds = Array.from({ length: Math.max(1, Math.floor(users / 20)) }, () => newId());
  const bigGroupId = newId();
  const groupRows = [...groupIds, bigGroupId].map((id, g) => {
    const displayName = id === bigGroupId ? "Everyone (half)" : `Group ${g}`;
    return {
      id,
      orgId,
      displayName,
      displayNameLower: displayName.toLowerCase(),
      externalId: `gext-${g}`,
      externalIdLower: `gext-${g}`,
      source: "benchmark",
      createdAt,
      updatedAt: createdAt,
    };
  });
  await insertRows("OrgGroup", groupRows);

  const memberRows: { groupId: string; userId: string; createdAt: Date }[] = [];
  groupIds.forEach((groupId, g) => {
    const members = new Set<string>();
    const size = 5 + ((g * 7919) % 46);
    for (let k = 0; k < size; k++) members.add(userIds[(g * 131 + k * 977) % users]!);
    for (const userId of members) memberRows.push({ groupId, userId, createdAt });
  });
  // One millisecond apart, so the big group's members have a stable order by the time they were added.
  for (let i = 0; i < users; i += 2)
    memberRows.push({ groupId: bigGroupId, userId: userIds[i]!, createdAt: new Date(createdAt.getTime() + i) });
  await insertRows("OrgGroupMember", memberRows);

  return {
    userIds,
    groupIds,
    bigGroupId,
    outsideBigGroup: shuffled(userIds.filter((_, i) => i % 2 === 1)),
  };
}
