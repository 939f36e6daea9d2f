// The operator CLI as plain JavaScript beside the production build (esbuild, one chunk per command): it starts without
// tsx's loader, ~1 s sooner. API: buildCliBundle(root), freshCliBundle(root) (the entry's path, or null when stale).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const dir = (root) => path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "cli");
const MANIFEST = "inputs.json";

/** Bundles lib/cli/main.ts; packages stay in node_modules, so only the project's own files are in the bundle. */
export function buildCliBundle(root) {
  // Loaded here only: bin/org-center.js reads this file on every start and needs just freshCliBundle().
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  const out = dir(root);
  fs.rmSync(out, { recursive: true, force: true });
  // Taken before esbuild reads anything, so a file saved during the build makes the bundle stale.
  const builtAt = Date.now();
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: ["lib/cli/main.ts"],
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
  const inputs = [...Object.keys(result.metafile.inputs), "tsconfig.json", "package.json", "bin/lib/cli-bundle.js"];
  fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify({ builtAt, inputs }));
}

/** The bundle's entry when it exists and none of the files it was made from changed since; null otherwise. */
export function freshCliBundle(root) {
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
  return path.join(out, "main.mjs");
}
