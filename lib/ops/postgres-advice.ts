// PostgreSQL databases are backed up and restored with PostgreSQL's own tools: this checks the server answers
// (with the app's connection settings) and returns the error naming the pg_dump / pg_restore command to run.
// API: postgresAdvice(url, "backup" | "restore", file) → AppError (to throw).
import pg from "pg";
import { pgConnectionConfig, redactUrl } from "@/tools/prisma/engine/connection-config.js";
import { AppError } from "@/lib/errors/app-error";

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export async function postgresAdvice(url: string, operation: "backup" | "restore", file: string): Promise<AppError> {
  const { pool, schema } = pgConnectionConfig(url);
  const client = new pg.Client({ ...pool, connectionTimeoutMillis: 5_000 });
  let reachable: string;
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    reachable = `The PostgreSQL server at ${pool.host}:${pool.port ?? 5432} is reachable (version ${rows[0]?.server_version}).`;
  } catch (error) {
    return new AppError(
      "precondition_failed",
      `The PostgreSQL server at ${pool.host}:${pool.port ?? 5432} cannot be reached (${(error as Error).message}); nothing was done.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const target = redactUrl(url.replace(/[?&]schema=[^&]*/, "").replace(/\?$/, ""));
  const only = schema ? ` --schema=${quote(schema)}` : "";
  const command =
    operation === "backup"
      ? `pg_dump --format=custom${only} --file=${quote(file)} ${quote(target)}`
      : `pg_restore --clean --if-exists --no-owner${only} --dbname=${quote(target)} ${quote(file)}`;
  return new AppError(
    "precondition_failed",
    `${reachable} Org Center does not copy PostgreSQL databases itself: run ${command} (with the password from DATABASE_URL${operation === "restore" ? ", the app stopped" : ""}).`,
  );
}
