// Migrations and the Prisma client on real databases, with no schema engine downloaded: SQLite always,
// PostgreSQL when TEST_POSTGRES_URL points at a server whose role may CREATEDB (CI sets it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PG_SCHEMA, runPrisma, SQLITE_SCHEMA, toPostgresSchema } from "@/tools/prisma/prisma-generate.js";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { openSchemaEngine, readMigrationsList, NO_FILTERS } from "@/tools/prisma/engine/schema-engine.js";
import { migrateDatabase, migrationsDirectory } from "@/lib/db/migrate";
import { resetDatabase } from "@/tests/support/reset-database";

const PG_CONFIG = "prisma/postgres/prisma.config.ts";
const savedDatabaseUrl = process.env.DATABASE_URL;

const HOLD_WRITE_LOCK = `
  const db = new (require("better-sqlite3"))(process.argv[1]);
  db.exec("BEGIN IMMEDIATE");
  db.prepare("INSERT INTO RateLimit (key, count, windowStart) VALUES ('held', 1, 0)").run();
  process.stdout.write("locked\\n");
  setTimeout(() => { db.exec("COMMIT"); db.close(); }, 500);
`;

function localMigrations(provider: "sqlite" | "postgresql") {
  return readMigrationsList(migrationsDirectory(provider)).migrationDirectories.map((dir) => dir.path);
}

function uniqueName(prefix: string) {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Writes through the shared client and reads the rows back with their relations. */
async function createOrganizationWithAdmin() {
  const slug = uniqueName("org").replace(/_/g, "-");
  await prisma.organization.create({
    data: {
      name: "Contoso",
      slug,
      memberships: {
        create: {
          role: "admin",
          account: { create: { email: `${slug}@example.com`, name: "Ada", passwordHash: "x" } },
        },
      },
      users: {
        create: {
          userName: "Ada@Contoso.com",
          userNameLower: "ada@contoso.com",
          attributes: { phoneNumbers: [{ value: "+1 555" }] },
        },
      },
    },
  });
  return prisma.organization.findUniqueOrThrow({
    where: { slug },
    select: {
      slug: true,
      memberships: { select: { role: true, account: { select: { name: true } } } },
      users: { select: { attributes: true } },
    },
  });
}

/** Runs a migrations-to-schema diff in the engine: 0 when the migrations hold every schema change. */
async function pendingSchemaChanges(provider: "sqlite" | "postgresql", schemaFile: string, url?: string) {
  const opened = await openSchemaEngine({ provider, url });
  try {
    const { exitCode } = await opened.engine.diff({
      from: { tag: "migrations", ...readMigrationsList(migrationsDirectory(provider)) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaFile, content: fs.readFileSync(schemaFile, "utf8") }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return exitCode;
  } finally {
    await opened.close();
  }
}

afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = savedDatabaseUrl;
});

describe("SQLite", () => {
  let dir: string;
  const fileUrl = (name: string) => `file:${path.join(dir, name)}`;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-db-"));
  });
  afterAll(async () => {
    await disconnectPrisma();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("migrates a fresh database, serves the client, and a second migrate applies nothing", async () => {
    const url = fileUrl("fresh.db");
    expect(await migrateDatabase(url)).toEqual({ applied: localMigrations("sqlite") });

    process.env.DATABASE_URL = url;
    const org = await createOrganizationWithAdmin();
    expect(org.memberships).toEqual([{ role: "admin", account: { name: "Ada" } }]);
    expect(org.users[0]?.attributes).toEqual({ phoneNumbers: [{ value: "+1 555" }] });
    expect(await prisma.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);

    expect(await migrateDatabase(url)).toEqual({ applied: [] });
    expect(await prisma.organization.count()).toBe(1);
  });

  it("makes a writer wait for another process's write lock instead of failing", async () => {
    const url = fileUrl("busy.db");
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    await prisma.rateLimit.count(); // open the client before the lock is taken

    // Another process (the worker, say) holds the write lock for a moment.
    const holder = spawn(process.execPath, ["-e", HOLD_WRITE_LOCK, path.join(dir, "busy.db")], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise((resolve) => holder.stdout.once("data", resolve));

    await prisma.rateLimit.create({ data: { key: "waiting", count: 1, windowStart: new Date() } });
    expect((await prisma.rateLimit.findMany({ orderBy: { key: "asc" } })).map((row) => row.key)).toEqual([
      "held",
      "waiting",
    ]);
  });

  it("resetDatabase empties the database and migrateDatabase rebuilds it", async () => {
    const url = fileUrl("reset.db");
    await migrateDatabase(url);
    const db = new Database(path.join(dir, "reset.db"));
    db.exec("CREATE TABLE leftover (x)");
    db.close();

    await resetDatabase(url);
    const tables = new Database(path.join(dir, "reset.db"), { readonly: true });
    expect(tables.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([]);
    tables.close();
    expect(await migrateDatabase(url)).toEqual({ applied: localMigrations("sqlite") });
  });

  it("`prisma migrate deploy`, `status` and `reset` work through the wasm schema-engine shim", async () => {
    const env = { DATABASE_URL: fileUrl("cli.db") };
    const deploy = await runPrisma(["migrate", "deploy"], { env });
    expect(deploy.stderr).not.toMatch(/binaries\.prisma\.sh|Error/);
    expect(deploy.stdout).toContain("All migrations have been successfully applied.");
    expect((await runPrisma(["migrate", "status"], { env })).stdout).toContain("Database schema is up to date!");

    const db = new Database(path.join(dir, "cli.db"));
    db.exec("CREATE TABLE leftover (x); INSERT INTO RateLimit (key, count, windowStart) VALUES ('k', 1, 0)");
    db.close();
    const reset = await runPrisma(["migrate", "reset", "--force"], { env });
    expect(reset.code, reset.stdout + reset.stderr).toBe(0);
    const after = new Database(path.join(dir, "cli.db"), { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'leftover'").all()).toEqual([]);
    expect(after.prepare("SELECT count(*) AS n FROM RateLimit").get()).toEqual({ n: 0 });
    after.close();
  });

  it("the migrations hold every change in prisma/schema.prisma", async () => {
    expect(
      await pendingSchemaChanges("sqlite", SQLITE_SCHEMA),
      "run: node tools/prisma/prisma-migrate-dev.js <name>",
    ).toBe(0);
  });

  it("prisma/postgres/schema.prisma is the generated copy of prisma/schema.prisma", () => {
    expect(fs.readFileSync(PG_SCHEMA, "utf8"), "run: node tools/prisma/prisma-generate.js").toBe(
      toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")),
    );
  });
});

const testPostgresUrl = process.env.TEST_POSTGRES_URL;

describe.skipIf(!testPostgresUrl)("PostgreSQL (skipped unless TEST_POSTGRES_URL is set)", () => {
  const created: string[] = [];
  const databaseUrl = (name: string) => {
    const url = new URL(testPostgresUrl!);
    url.pathname = `/${name}`;
    created.push(name);
    return url.toString();
  };
  const withAdmin = async <T>(fn: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: testPostgresUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };

  afterAll(async () => {
    await disconnectPrisma();
    await withAdmin(async (admin) => {
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  });

  it("creates and migrates a missing database, serves the client, and a second migrate applies nothing", async () => {
    const url = databaseUrl(uniqueName("orgcenter_it"));
    expect(await migrateDatabase(url)).toEqual({ applied: localMigrations("postgresql") });

    process.env.DATABASE_URL = url;
    const org = await createOrganizationWithAdmin();
    expect(org.memberships).toEqual([{ role: "admin", account: { name: "Ada" } }]);
    expect(org.users[0]?.attributes).toEqual({ phoneNumbers: [{ value: "+1 555" }] });

    expect(await migrateDatabase(url)).toEqual({ applied: [] });
    await disconnectPrisma();

    await resetDatabase(url);
    expect(await migrateDatabase(url)).toEqual({ applied: localMigrations("postgresql") });
  });

  it("`prisma migrate deploy` and `status` work through the wasm schema-engine shim", async () => {
    const env = { DATABASE_URL: databaseUrl(uniqueName("orgcenter_cli")) };
    const deploy = await runPrisma(["migrate", "deploy", "--config", PG_CONFIG], { env });
    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
    expect(deploy.stdout).toContain("All migrations have been successfully applied.");
    expect((await runPrisma(["migrate", "status", "--config", PG_CONFIG], { env })).stdout).toContain(
      "Database schema is up to date!",
    );
  });

  it("the migrations hold every change in the schema, replayed in a throwaway shadow database", async () => {
    expect(
      await pendingSchemaChanges("postgresql", PG_SCHEMA, testPostgresUrl),
      "run: node tools/prisma/prisma-migrate-dev.js <name>",
    ).toBe(0);
    const leftovers = await withAdmin((admin) =>
      admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'"),
    );
    expect(leftovers.rows).toEqual([]);
  });
});
