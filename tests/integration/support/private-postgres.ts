// A PostgreSQL cluster of the test's own (initdb + pg_ctl from the installed server, in a temp folder, on a free
// loopback port), so a test can stop and start it without disturbing the shared server. Run as the `postgres` user
// when the tests run as root (initdb refuses root). API: postgresBinaries(), startPrivatePostgres() → cluster.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { freePort } from "./app-process";

const run = promisify(execFile);

/** The newest installed server's bin folder, or null when PostgreSQL is not installed. */
export function postgresBinaries(): string | null {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? path.join(base, versions.at(-1)!, "bin") : null;
}

export async function startPrivatePostgres() {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL server binaries are not installed");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    fs.chownSync(
      dir,
      Number((await run("id", ["-u", "postgres"])).stdout.trim()),
      Number((await run("id", ["-g", "postgres"])).stdout.trim()),
    );
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);
  await pg("initdb", ["-D", data, "-U", "orgcenter", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = () =>
    pg("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  await start();
  const url = `postgres://orgcenter@127.0.0.1:${port}/orgcenter`;
  const { default: pgClient } = await import("pg");
  const admin = new pgClient.Client({ host: "127.0.0.1", port, user: "orgcenter", database: "postgres" });
  await admin.connect();
  await admin.query("CREATE DATABASE orgcenter");
  await admin.end();
  return {
    url,
    port,
    /** Fast shutdown: running transactions are rolled back and every connection is closed. */
    stop: () => pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    start,
    destroy: async () => {
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
