// An app process of the test's own — bin/server.js on its own port and its own database — for the tests that
// signal, kill or restart the app (the shared one from global-setup.ts must stay up). privateDatabase() gives a
// migrated database: a SQLite file, or a database of its own on INTEGRATION_DATABASE_URL's PostgreSQL server.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { migrateDatabase } from "@/lib/db/migrate";
import { INTEGRATION_ENV } from "../global-setup";

const root = path.resolve(import.meta.dirname, "../../..");
/** Temp folders and PostgreSQL schemas this test file created, removed by removePrivateData(). */
const created: { dirs: string[]; databases: { url: string; database: string }[] } = { dirs: [], databases: [] };

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A new, migrated database for one test file: `file:` in a temp folder, or a database of its own on PostgreSQL. */
export async function privateDatabase(name: string, provider?: "sqlite"): Promise<string> {
  const shared = provider === "sqlite" ? undefined : process.env.INTEGRATION_DATABASE_URL;
  let url: string;
  if (shared?.startsWith("postgres")) {
    // A database of its own beside the shared one (the migrations assume the public schema).
    const target = new URL(shared);
    const database = `${target.pathname.slice(1)}_${name.replace(/\W/g, "_")}`;
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: shared });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
    await client.end();
    target.pathname = `/${database}`;
    url = target.toString();
    created.databases.push({ url: shared, database });
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `org-center-${name}-`));
    created.dirs.push(dir);
    url = `file:${path.join(dir, "app.db")}`;
  }
  await migrateDatabase(url);
  return url;
}

/** Deletes the databases and folders privateDatabase() and startAppProcess() made (call once the apps are stopped). */
export async function removePrivateData(): Promise<void> {
  for (const dir of created.dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  const { default: pg } = await import("pg");
  for (const { url, database } of created.databases.splice(0)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  }
}

export type AppProcess = {
  baseUrl: string;
  child: ChildProcess;
  /** What the process printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<number | null>;
};

/** Starts bin/server.js (the production build) and resolves once it answers. */
export async function startAppProcess(options: {
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-app-"));
  created.dirs.push(dataDir);
  const child = spawn(process.execPath, [path.join(root, "bin/server.js"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NEXTAUTH_SECRET: "integration-secret",
      NEXTAUTH_URL: baseUrl,
      ORG_CENTER_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: "1",
      ORG_CENTER_JOBS: "off",
      ...INTEGRATION_ENV,
      ...options.env,
      DATABASE_URL: options.databaseUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  child.stdout!.on("data", (c) => log.push(String(c)));
  child.stderr!.on("data", (c) => log.push(String(c)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The app exited before it was ready:\n${log.join("")}`);
    try {
      const res = await fetch(`${baseUrl}/scim/v2/ServiceProviderConfig`);
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`The app did not answer within 90 s:\n${log.join("")}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { baseUrl, child, output: () => log.join(""), exited };
}

/** Polls `read` until `done` holds for its value (or the timeout passes, then throws with the last value). */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 60_000, everyMs = 100, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
