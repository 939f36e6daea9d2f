// Another process taking a SQLite database's write lock on a rhythm, as a provisioning engine's batch or the CLI in a
// process of its own does: BEGIN IMMEDIATE, held for `holdMs`, ROLLBACK (nothing is written), every `everyMs`.
// API: holdWriteLock(file, { holdMs, everyMs }) → { stop() }.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

// The holder runs in a child process: its own connection, and its own thread to hold the lock with.
const HOLDER = `
const Database = require(${JSON.stringify(path.join(root, "node_modules/better-sqlite3"))});
const [file, hold, every] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
const db = new Database(file, { timeout: 10000 });
const begin = db.prepare("BEGIN IMMEDIATE"), rollback = db.prepare("ROLLBACK");
function cycle() {
  begin.run();
  setTimeout(() => { rollback.run(); setTimeout(cycle, every - hold); }, hold);
}
cycle();
`;

export function holdWriteLock(file: string, { holdMs, everyMs }: { holdMs: number; everyMs: number }) {
  const child = spawn(process.execPath, ["-e", HOLDER, file, String(holdMs), String(everyMs)], { stdio: "inherit" });
  return { stop: () => child.kill() };
}
