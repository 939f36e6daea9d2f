#!/usr/bin/env node
// `npm start`: migrate (and on a new database seed the demo), build when needed, then serve (bin/server.js).
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./lib/build-if-needed.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
// The server's stdout is piped through here: readable log lines when a person watches, JSON lines otherwise.
env.LOG_FORMAT ??= process.stdout.isTTY ? "pretty" : "json";

const setup = spawnSync(process.execPath, [path.join(root, "bin/org-center.js"), "db", "setup"], {
  cwd: root,
  stdio: "inherit",
  env,
});
if (setup.status !== 0) process.exit(setup.status ?? 1);

buildIfNeeded(root);

const server = spawn(
  process.execPath,
  ["--max-http-header-size=262144", path.join(root, "bin/server.js"), "-p", port],
  { cwd: root, stdio: ["inherit", "pipe", "inherit"], env },
);
let announced = false;
// Whoever reads our stdout may go first (a benchmark that stops the app): the server's last lines then have nowhere to go.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server/i.test(String(chunk))) {
    announced = true;
    console.log(`\nOrg Center is running on ${env.NEXTAUTH_URL}`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
