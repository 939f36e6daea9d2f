#!/usr/bin/env node
// The operator CLI: runs lib/cli/main.ts through tsx so it shares lib/ with the app, unbuilt.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
register({ tsconfig: path.join(root, "tsconfig.json") });
// The CLI's stdout is its output (tables, --json); its log lines (lib/log/logger.ts) go to stderr.
process.env.ORG_CENTER_LOG_FD ??= "2";
const { main } = await import(pathToFileURL(path.join(root, "lib/cli/main.ts")).href);
process.exitCode = await main(process.argv.slice(2));
