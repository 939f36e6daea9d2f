// Runs the operator CLI as a child process against the integration database.
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(import.meta.dirname, "../../..");

export type CliResult = { status: number; stdout: string; stderr: string; json: <T>() => T };

export function runCli(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [path.join(root, "bin/org-center.js"), ...args], {
    cwd: root,
    env: { ...process.env },
    encoding: "utf8",
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json: <T>() => JSON.parse(r.stdout) as T };
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
