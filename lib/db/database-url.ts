// Resolves DATABASE_URL for the app: default ./data/org-center.db under the project root, provider
// detected from the URL (file: → SQLite, postgres:// or postgresql:// → PostgreSQL).
import fs from "node:fs";
import path from "node:path";
import {
  DEFAULT_DATABASE_URL,
  detectProvider,
  findProjectRoot,
  normalizeDatabaseUrl,
  redactUrl,
  type DatabaseProvider,
} from "../../tools/prisma/engine/connection-config.js";

export { DEFAULT_DATABASE_URL, detectProvider, findProjectRoot, redactUrl, type DatabaseProvider };

export type ResolvedDatabaseUrl = {
  /** Absolute for SQLite (file:/abs/path.db), as given for PostgreSQL. */
  url: string;
  provider: DatabaseProvider;
  /** SQLite only: the database file's absolute path. */
  sqlitePath?: string;
};

/**
 * @param url defaults to process.env.DATABASE_URL, then to file:./data/org-center.db
 * @param root the folder relative SQLite paths resolve against (default: the project root)
 */
export function resolveDatabaseUrl(
  url: string | undefined = process.env.DATABASE_URL,
  root = findProjectRoot(),
): ResolvedDatabaseUrl {
  const resolved = normalizeDatabaseUrl(url, root);
  if (resolved.sqlitePath && resolved.sqlitePath !== ":memory:") {
    fs.mkdirSync(path.dirname(resolved.sqlitePath), { recursive: true });
  }
  return resolved;
}
