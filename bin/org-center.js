#!/usr/bin/env node
// The operator CLI: runs lib/cli/main.ts through tsx so it shares lib/ with the app, unbuilt — or, when the
// production build made one from the current sources, the same code bundled as plain JavaScript (lib/cli-bundle.js).
import path from "node:path";
import v8 from "node:v8";
import { fileURLToPath, pathToFileURL } from "node:url";
import { freshCliBundle } from "./lib/cli-bundle.js";

// Prisma's query compiler is a 4 MB WebAssembly module: optimising all of it (TurboFan) cost a command ~0.6 s of CPU,
// and the process waited for that work before exiting. V8's baseline code is plenty for one command's queries.
v8.setFlagsFromString("--liftoff-only");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The CLI's stdout is its output (tables, --json); its log lines (lib/log/logger.ts) go to stderr.
process.env.ORG_CENTER_LOG_FD ??= "2";
let entry = freshCliBundle(root);
if (!entry) {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(root, "tsconfig.json") });
  entry = path.join(root, "lib/cli/main.ts");
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
