// Integration tests run against the built app (bin/server.js) started on a real database: a fresh SQLite file,
// or the PostgreSQL database in INTEGRATION_DATABASE_URL (its public schema is reset first).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../..");

/** Shared by the app under test and the test workers (which run provisioning cycles against it). */
export const INTEGRATION_ENV = {
  ORG_CENTER_ENCRYPTION_KEY: "integration-encryption-key",
  PROVISIONING_ALLOW_PRIVATE_TARGETS: "1",
};

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

async function resetPostgres(url: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before it was ready.`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-int-"));
  const databaseUrl = process.env.INTEGRATION_DATABASE_URL ?? `file:${path.join(tmp, "integration.db")}`;
  if (databaseUrl.startsWith("postgres")) await resetPostgres(databaseUrl);
  // ORG_CENTER_JOBS=off: tests run the background jobs themselves, on an injected clock (tests/integration/jobs.test.ts).
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "integration-secret",
    ORG_CENTER_DATA_DIR: tmp,
    NEXT_TELEMETRY_DISABLED: "1",
    ORG_CENTER_JOBS: "off",
    ...INTEGRATION_ENV,
  };

  const migrate = spawnSync(process.execPath, [path.join(root, "bin/org-center.js"), "db", "migrate"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`db migrate failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const port = Number(process.env.INTEGRATION_PORT ?? 3200 + Math.floor(Math.random() * 500));
  const baseUrl = `http://127.0.0.1:${port}`;
  if (!fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm test` (it builds) or `npx next build` first.");
  const server = spawn(
    process.execPath,
    ["--max-http-header-size=262144", path.join(root, "bin/server.js"), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: { ...env, NEXTAUTH_URL: baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const log: string[] = [];
  server.stdout!.on("data", (c) => log.push(String(c)));
  server.stderr!.on("data", (c) => log.push(String(c)));
  try {
    await waitForServer(`${baseUrl}/sign-in`, server);
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log.join("")}`);
  }
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);
  process.env.DATABASE_URL = databaseUrl;

  return async () => {
    server.kill("SIGTERM");
    if (process.env.INTEGRATION_SERVER_LOG) process.stdout.write(log.join(""));
    fs.rmSync(tmp, { recursive: true, force: true });
  };
}
