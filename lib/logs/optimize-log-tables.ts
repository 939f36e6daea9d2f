// SQLite picks the log queries' indexes well only with table statistics (an identity search otherwise walks the
// date index: seconds instead of milliseconds on a million rows). PRAGMA optimize refreshes them where the row
// counts moved, with a bounded sample, in well under a second; PostgreSQL's autovacuum keeps its own.
import { prisma } from "@/lib/db/client";
import { dialect } from "@/lib/db/sql";

export async function optimizeLogTables(): Promise<boolean> {
  if (dialect() !== "sqlite") return false;
  await prisma.$queryRawUnsafe("PRAGMA optimize");
  return true;
}
