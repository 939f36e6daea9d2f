// Playwright's web server: a fresh database (migrated and seeded with the demo), then the built app (bin/server.js).
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const url = process.env.DATABASE_URL ?? "";
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
const setup = spawnSync(process.execPath, [path.join(root, "bin/org-center.js"), "db", "setup"], {
  cwd: root,
  stdio: "inherit",
});
if (setup.status !== 0) process.exit(setup.status ?? 1);
const server = spawn(
  process.execPath,
  ["--max-http-header-size=262144", path.join(root, "bin/server.js"), "-p", process.env.PORT ?? "3100"],
  { cwd: root, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
