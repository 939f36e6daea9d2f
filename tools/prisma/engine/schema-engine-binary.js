// @ts-check
// Chooses the schema engine the Prisma CLI runs: the native binary when it is installed, otherwise
// tools/prisma/schema-engine.js (the wasm engine), so the CLI never tries to download one.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SCHEMA_ENGINE_SHIM = fileURLToPath(new URL("../schema-engine.js", import.meta.url));

/** The native schema-engine binary where Prisma would look for it, if one was installed. */
export function findNativeSchemaEngine() {
  const require = createRequire(import.meta.url);
  /** @type {string[]} */
  const dirs = [];
  for (const pkg of ["@prisma/engines/package.json", "prisma/package.json"]) {
    try {
      dirs.push(path.dirname(require.resolve(pkg)));
    } catch {
      // not installed
    }
  }
  for (const dir of dirs) {
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (/^schema-engine-[\w.-]+?(\.exe)?$/.test(name) && !/\.(gz|sha256|tmp)$/.test(name))
        return path.join(dir, name);
    }
  }
  return undefined;
}

/**
 * Points PRISMA_SCHEMA_ENGINE_BINARY at the wasm shim unless it is already set or the native engine
 * is installed. Returns the engine the CLI will use.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function installSchemaEngineShimUnlessNative(env = process.env) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY) return env.PRISMA_SCHEMA_ENGINE_BINARY;
  const native = findNativeSchemaEngine();
  if (native) return native;
  env.PRISMA_SCHEMA_ENGINE_BINARY = SCHEMA_ENGINE_SHIM;
  return SCHEMA_ENGINE_SHIM;
}
