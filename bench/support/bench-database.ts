// A fresh database for one benchmark run: a SQLite file in a temporary folder, or a new database on a local
// PostgreSQL server (BENCH_POSTGRES_URL, else postgres://orgcenter:orgcenter@127.0.0.1:5432/postgres), dropped after.
// API: createBenchDatabase(kind, name) → { url, drop() }.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type BenchDatabaseKind = "sqlite" | "postgres";

const DEFAULT_POSTGRES = "postgres://orgcenter:orgcenter@127.0.0.1:5432/postgres";

export async function createBenchDatabase(
  kind: BenchDatabaseKind,
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `org-center-bench-${name}-`));
    return {
      url: `file:${path.join(dir, "bench.db")}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES;
  const database = `org_center_bench_${name.replace(/\W/g, "_")}_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${database}"`);
  } catch (error) {
    throw new Error(
      `Could not create a PostgreSQL database on ${new URL(server).host} (set BENCH_POSTGRES_URL to a server where ` +
        `the user may CREATE DATABASE; start the local one with pg_ctlcluster 15 main start): ${(error as Error).message}`,
    );
  }
  const url = new URL(server);
  url.pathname = `/${database}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}
