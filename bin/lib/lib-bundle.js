// The project's own TypeScript that runs outside Next, as plain JavaScript beside the production build (esbuild): the
// operator CLI (one chunk per command) and what the HTTP server loads besides Next (SCIM, the operator endpoints,
// graceful shutdown, the request log's thread). Both then start without tsx's loader (the CLI ~1 s sooner), and the
// server's per-request code runs without the name-keeping wrapper tsx puts around every function it makes: in
// interleaved runs (bench:ab, 10,000 users) a lookup took 8–12% less of the main thread. API: buildLibBundle(root),
// freshLibBundle(root) → the bundle's folder, or null when stale; its entries are named in LIB_BUNDLE_ENTRIES.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const dir = (root) => path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "lib-bundle");
const MANIFEST = "inputs.json";

/** Output name → source. All in the bundle's top folder, with the shared chunks: write-scim-request-log.ts starts
 * its thread from "./scim-request-log-thread.mjs" beside itself, which in the bundle is the thread's own entry. */
export const LIB_BUNDLE_ENTRIES = {
  main: "lib/cli/main.ts",
  "scim-entry": "lib/scim/http/node-entry.ts",
  "ops-entry": "lib/ops/server-entry.ts",
  "graceful-shutdown": "lib/ops/graceful-shutdown.ts",
  "scim-request-log-thread": "lib/logs/scim-request-log-thread.ts",
};

/** Bundles the entries; packages stay in node_modules, so only the project's own files are in the bundle. */
export function buildLibBundle(root) {
  // Loaded here only: bin/org-center.js and the server read this file on every start and need just freshLibBundle().
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  const out = dir(root);
  fs.rmSync(out, { recursive: true, force: true });
  // Taken before esbuild reads anything, so a file saved during the build makes the bundle stale.
  const builtAt = Date.now();
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: LIB_BUNDLE_ENTRIES,
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    // .mjs: Next writes a package.json of "type": "commonjs" into its build folder.
    outExtension: { ".js": ".mjs" },
    // `require` as under tsx, should a file use it (bundled ES modules have none of their own).
    banner: {
      js:
        "import { createRequire as __createRequire } from 'node:module'; " +
        "const require = __createRequire(import.meta.url);",
    },
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
  });
  const inputs = [...Object.keys(result.metafile.inputs), "tsconfig.json", "package.json", "bin/lib/lib-bundle.js"];
  fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify({ builtAt, inputs }));
}

/** The bundle's folder when it exists and none of the files it was made from changed since; null otherwise. */
export function freshLibBundle(root) {
  const out = dir(root);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(out, MANIFEST), "utf8"));
  } catch {
    return null;
  }
  for (const input of manifest.inputs) {
    const stat = fs.statSync(path.join(root, input), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs >= manifest.builtAt) return null;
  }
  return out;
}
