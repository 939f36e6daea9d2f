// Prisma CLI config for SQLite (the default database). PostgreSQL: prisma/postgres/prisma.config.ts.
// Prisma does not load .env here; DATABASE_URL comes from the environment, else ./data/org-center.db.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { normalizeDatabaseUrl } from "./tools/prisma/engine/connection-config.js";
import { installSchemaEngineShimUnlessNative } from "./tools/prisma/engine/schema-engine-binary.js";

const root = path.dirname(fileURLToPath(import.meta.url));

installSchemaEngineShimUnlessNative();
// No update check: this product runs in networks that cannot reach Prisma's servers.
process.env.CHECKPOINT_DISABLE ??= "1";

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL?.trim() || undefined;
// A postgres:// DATABASE_URL is passed on as is, so migrate commands refuse it (this schema is SQLite)
// instead of quietly migrating the SQLite file: use --config prisma/postgres/prisma.config.ts.
const asGiven = (url: string | undefined) =>
  url && !url.startsWith("file:") ? url : normalizeDatabaseUrl(url, root).url;

export default defineConfig({
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: { path: path.join(root, "prisma", "migrations") },
  datasource: {
    url: asGiven(databaseUrl),
    ...(shadowDatabaseUrl ? { shadowDatabaseUrl: asGiven(shadowDatabaseUrl) } : {}),
  },
});
