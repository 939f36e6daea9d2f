#!/usr/bin/env node
// The operator CLI: runs lib/cli/main.ts through tsx so it shares lib/ with the app, unbuilt — or, when the
// production build made one from the current sources, the same code bundled as plain JavaScript (lib/lib-bundle.js).
import path from "node:path";
import v8 from "node:v8";
import { fileURLToPath, pathToFileURL } from "node:url";
import { freshLibBundle } from "./lib/lib-bundle.js";

// Prisma's query compiler is a 4 MB WebAssembly module: at V8's default budget, optimising its hot functions
// (TurboFan) cost a command ~0.6 s of CPU, which the process waited for before exiting. A budget 50 times larger
// leaves a short command on baseline code; a long one (provisioning run --wait) still gets its hottest code optimised.
v8.setFlagsFromString("--wasm-tiering-budget=90000000");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The CLI's stdout is its output (tables, --json); its log lines (lib/log/logger.ts) go to stderr.
process.env.ORG_CENTER_LOG_FD ??= "2";
const bundle = freshLibBundle(root);
let entry = bundle && path.join(bundle, "main.mjs");
if (!entry) {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(root, "tsconfig.json") });
  entry = path.join(root, "lib/cli/main.ts");
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
