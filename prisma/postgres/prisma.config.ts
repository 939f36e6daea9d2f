// Prisma CLI config for PostgreSQL: `npx prisma <command> --config prisma/postgres/prisma.config.ts`
// with DATABASE_URL=postgres://... (Prisma does not load .env). schema.prisma here is generated.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { installSchemaEngineShimUnlessNative } from "../../tools/prisma/engine/schema-engine-binary.js";

const dir = path.dirname(fileURLToPath(import.meta.url));

installSchemaEngineShimUnlessNative();
// No update check: this product runs in networks that cannot reach Prisma's servers.
process.env.CHECKPOINT_DISABLE ??= "1";

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL?.trim() || undefined;

export default defineConfig({
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  // Left unset when DATABASE_URL is missing: `prisma generate` needs none, migrate commands then say so.
  ...(databaseUrl ? { datasource: { url: databaseUrl, ...(shadowDatabaseUrl ? { shadowDatabaseUrl } : {}) } } : {}),
});
