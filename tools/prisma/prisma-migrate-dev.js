#!/usr/bin/env node
// @ts-check
// Creates the next migration for BOTH providers after prisma/schema.prisma was edited:
//   node tools/prisma/prisma-migrate-dev.js <name>     writes prisma/migrations/<ts>_<name> and prisma/postgres/migrations/<ts>_<name>
//   node tools/prisma/prisma-migrate-dev.js --check    exits 1 when the schema has changes no migration holds
// PostgreSQL diffs replay the migrations in a throwaway database, so a server is needed: DATABASE_URL
// (postgres://) or TEST_POSTGRES_URL, with a role that may CREATEDB.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  generateClients,
  PG_CONFIG,
  PG_SCHEMA,
  ROOT,
  runPrisma,
  SQLITE_CONFIG,
  SQLITE_SCHEMA,
  writePostgresSchema,
} from "./prisma-generate.js";

const TARGETS = [
  {
    provider: "sqlite",
    config: SQLITE_CONFIG,
    schema: SQLITE_SCHEMA,
    migrations: path.join(ROOT, "prisma", "migrations"),
  },
  {
    provider: "postgresql",
    config: PG_CONFIG,
    schema: PG_SCHEMA,
    migrations: path.join(ROOT, "prisma", "postgres", "migrations"),
  },
];

function fail(/** @type {string} */ message) {
  console.error(`prisma-migrate-dev: ${message}`);
  process.exit(1);
}

function postgresUrl() {
  const candidates = [process.env.DATABASE_URL, process.env.TEST_POSTGRES_URL];
  const url = candidates.find((value) => value && /^postgres(ql)?:\/\//.test(value));
  if (!url) {
    fail(
      "PostgreSQL migrations are diffed against a real server. Start one and point TEST_POSTGRES_URL at it, e.g.\n" +
        "  apt-get install -y postgresql && pg_ctlcluster 15 main start\n" +
        '  su postgres -c "psql -c \\"CREATE ROLE orgcenter LOGIN CREATEDB PASSWORD \'orgcenter\'\\""\n' +
        "  su postgres -c 'createdb -O orgcenter orgcenter_test'\n" +
        "  TEST_POSTGRES_URL=postgres://orgcenter:orgcenter@127.0.0.1:5432/orgcenter_test node tools/prisma/prisma-migrate-dev.js <name>",
    );
  }
  return url;
}

/** @param {string} dir */
function hasMigrations(dir) {
  return fs.existsSync(dir) && fs.readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory());
}

/**
 * SQL that takes the database from the committed migrations to the current schema ("" when none).
 * @param {(typeof TARGETS)[number]} target
 * @param {string} pgUrl
 */
async function pendingSql(target, pgUrl) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "org-center-migrate-")), "migration.sql");
  const from = hasMigrations(target.migrations) ? ["--from-migrations", target.migrations] : ["--from-empty"];
  const args = [
    "migrate",
    "diff",
    ...from,
    "--to-schema",
    target.schema,
    "--script",
    "--exit-code",
    "--output",
    out,
    "--config",
    target.config,
  ];
  // SQLite replays migrations in memory; PostgreSQL in a database created next to DATABASE_URL's.
  const env = { DATABASE_URL: target.provider === "sqlite" ? "file::memory:" : pgUrl, SHADOW_DATABASE_URL: "" };
  const result = await runPrisma(args, { env });
  if (result.code === 0) return "";
  if (result.code !== 2) fail(`prisma migrate diff (${target.provider}) failed:\n${result.stdout}${result.stderr}`);
  const sql = fs.readFileSync(out, "utf8");
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  // From an empty database the engine also emits CREATE SCHEMA "public", which needs CREATE on the
  // database even when the schema exists; new PostgreSQL databases always have it.
  const script = sql.replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, "");
  return script.endsWith("\n") ? script : `${script}\n`;
}

function timestamp() {
  return new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main() {
  const arg = process.argv[2];
  if (!arg || arg === "--help" || arg === "-h") fail("usage: node tools/prisma/prisma-migrate-dev.js <name> | --check");
  const check = arg === "--check";
  if (!check && !/^[a-z0-9_]+$/i.test(arg)) fail(`migration name must be letters, digits and underscores: ${arg}`);

  writePostgresSchema();
  const pgUrl = postgresUrl();
  const sql = await Promise.all(TARGETS.map((target) => pendingSql(target, pgUrl)));

  if (sql.every((script) => script === "")) {
    console.log("prisma-migrate-dev: migrations match prisma/schema.prisma, nothing to create.");
    return;
  }
  if (check) {
    const behind = TARGETS.filter((_, i) => sql[i] !== "").map((target) => path.relative(ROOT, target.migrations));
    fail(
      `prisma/schema.prisma has changes that ${behind.join(" and ")} do not hold: run node tools/prisma/prisma-migrate-dev.js <name>`,
    );
  }

  const name = `${timestamp()}_${arg}`;
  TARGETS.forEach((target, i) => {
    const dir = path.join(target.migrations, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql[i] || "-- No change for this provider.\n");
    const lock = path.join(target.migrations, "migration_lock.toml");
    if (!fs.existsSync(lock)) {
      fs.writeFileSync(
        lock,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${target.provider}"\n`,
      );
    }
    console.log(`created ${path.relative(ROOT, dir)}/migration.sql`);
  });
  await generateClients();
  console.log("Review both scripts, commit them, then apply with `npx prisma migrate deploy` (or migrateDatabase()).");
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
