// Refreshes SQLite's table statistics for the whole database, its request-log file included (run by the hourly log
// maintenance, lib/logs/retention.ts).
// The log queries pick their indexes well only with them (an identity search otherwise walks the date index: seconds
// instead of milliseconds on a million rows). PRAGMA optimize refreshes them where the row counts moved;
// PostgreSQL's autovacuum keeps its own. API: refreshStatistics() → false on PostgreSQL.
// - Every table is checked (0x10000), not only those this connection has read: statistics taken while a table was
//   small (one organization, one token) kept plans that scan it after it grew, and the SCIM token check then read all
//   5,000 tokens of 1,000 organizations on every request (570 µs instead of 10).
// - Each index is sampled (analysis_limit): ~180 ms instead of 1.6 s on a 1.3 GB database, the connection (which
//   SCIM shares) held that long. A sampled ANALYZE keeps row counts only (sqlite_stat1), no value samples
//   (sqlite_stat4, as better-sqlite3 builds SQLite with STAT4): a connection that loads those prepares again, at every
//   run, each statement whose plan could depend on a bound value (the token check took 49 µs instead of 9). Samples an
//   earlier, full ANALYZE left are removed.
import { getPrismaClient, getRequestLogClient, type PrismaClient } from "./client";
import { dialect } from "./sql";

/** Rows each index's statistics are estimated from. */
const ANALYSIS_LIMIT = 1000;

export async function refreshStatistics(): Promise<boolean> {
  if (dialect() !== "sqlite") return false;
  const main = getPrismaClient();
  const log = getRequestLogClient();
  await refresh(main);
  if (log !== main) await refresh(log);
  return true;
}

/** Both databases of a SQLite file: the main one and the request log's (request-log-file.ts). */
async function refresh(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRawUnsafe(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`);
  await prisma.$queryRawUnsafe("PRAGMA optimize = 0x10002");
  const samples = await prisma.$queryRawUnsafe<{ n: number | bigint }[]>(
    `SELECT count(*) AS "n" FROM "sqlite_schema" WHERE "name" = 'sqlite_stat4'`,
  );
  if (Number(samples[0]?.n ?? 0) > 0 && (await prisma.$executeRawUnsafe(`DELETE FROM "sqlite_stat4"`)) > 0) {
    // This connection reads the statistics again now; others do when they next open.
    await prisma.$executeRawUnsafe("ANALYZE sqlite_schema");
  }
}
