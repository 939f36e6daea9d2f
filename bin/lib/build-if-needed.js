// Runs `next build` when there is no build yet or a source file is newer than it, and bundles the CLI and the
// server's own modules (lib-bundle.js).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { buildLibBundle, freshLibBundle } from "./lib-bundle.js";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.js",
  "package.json",
  "postcss.config.js",
  "tsconfig.json",
  "instrumentation.ts",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const distDir = () => process.env.NEXT_DIST_DIR ?? ".next";

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (SKIP.has(entry) || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function needsBuild(root) {
  const buildId = path.join(root, distDir(), "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

export function buildIfNeeded(root, { force = false } = {}) {
  if (!force && !needsBuild(root)) {
    if (!freshLibBundle(root)) buildLibBundle(root);
    return false;
  }
  console.log("Building Org Center (next build)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("next build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  // After next build, which empties its folder: the bundle lives there too.
  buildLibBundle(root);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
