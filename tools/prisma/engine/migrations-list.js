// @ts-check
// Reads a migrations folder into the shape the schema engine expects (the same one the Prisma CLI builds).
import fs from "node:fs";
import path from "node:path";

/** @typedef {import("@prisma/schema-engine-wasm").MigrationList} MigrationList */

/**
 * Migration folders sorted by name, each with its migration.sql (or the error reading it).
 * @param {string} dir absolute path of the migrations folder
 * @param {string} [shadowDbInitScript]
 * @returns {MigrationList}
 */
export function readMigrationsList(dir, shadowDbInitScript = "") {
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockfile = {
    path: "migration_lock.toml",
    content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
  };
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
  const migrationDirectories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      /** @type {import("@prisma/schema-engine-wasm").JsResult<string, string>} */
      let content;
      try {
        content = { tag: "ok", value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") };
      } catch (error) {
        content = { tag: "error", value: /** @type {Error} */ (error).message };
      }
      return { path: name, migrationFile: { path: "migration.sql", content } };
    });
  return { baseDir: dir, lockfile, shadowDbInitScript, migrationDirectories };
}
