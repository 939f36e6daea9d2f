// /readyz's check: the database answers within a bound and every migration shipped with this build is applied.
// API: checkReadiness({ timeoutMs }) → { ready: true } | { ready: false, reason }.
import fs from "node:fs";
import { sqlSession } from "@/lib/db/sql-session";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { migrationsDirectory } from "@/lib/db/migrate";
import { scrubSecrets } from "@/lib/log/scrub-secrets";

export type Readiness = { ready: true } | { ready: false; reason: string };

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

// The shipped migrations do not change while the process runs: listed once.
let expected: string[] | undefined;
function shippedMigrations(): string[] {
  if (!expected) {
    const dir = migrationsDirectory(resolveDatabaseUrl().provider);
    expected = fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : [];
  }
  return expected;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/no such table|does not exist|relation .*_prisma_migrations/i.test(message))
    return "migrations are not applied: the database has no migration history (run `npx org-center db migrate`)";
  return `the database did not answer: ${scrubSecrets(message.split("\n")[0]!).slice(0, 300)}`;
}

async function inspect(): Promise<Readiness> {
  let rows: MigrationRow[];
  try {
    rows = await sqlSession().all<MigrationRow>(
      `SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
    );
  } catch (error) {
    return { ready: false, reason: describe(error) };
  }
  const failed = rows.find((r) => r.finished_at == null && r.rolled_back_at == null);
  if (failed)
    return {
      ready: false,
      reason: `migration ${failed.migration_name} did not finish (run \`npx org-center db migrate\`)`,
    };
  const applied = new Set(
    rows.filter((r) => r.finished_at != null && r.rolled_back_at == null).map((r) => r.migration_name),
  );
  const missing = shippedMigrations().filter((name) => !applied.has(name));
  if (missing.length > 0)
    return {
      ready: false,
      reason: `${missing.length} migration(s) not applied, first ${missing[0]} (run \`npx org-center db migrate\`)`,
    };
  return { ready: true };
}

// Load balancers probe often, several at once: one check at a time, its answer reused for a second.
const REUSE_MS = 1000;
let last: { at: number; result: Readiness } | undefined;
let inFlight: Promise<Readiness> | undefined;

export function checkReadiness({ timeoutMs = 3000 }: { timeoutMs?: number } = {}): Promise<Readiness> {
  if (last && performance.now() - last.at < REUSE_MS) return Promise.resolve(last.result);
  inFlight ??= runCheck(timeoutMs)
    .catch((error): Readiness => ({ ready: false, reason: describe(error) }))
    .then((result) => {
      last = { at: performance.now(), result };
      inFlight = undefined;
      return result;
    });
  return inFlight;
}

async function runCheck(timeoutMs: number): Promise<Readiness> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([inspect(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
