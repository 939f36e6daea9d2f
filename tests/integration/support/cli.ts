// Runs the operator CLI as a child process against the integration database.
// Asynchronous on purpose: a blocked event loop lets keep-alive connections to the app go stale mid-test.
import path from "node:path";
import { execFile } from "node:child_process";

const root = path.resolve(import.meta.dirname, "../../..");

export type CliResult = { status: number; stdout: string; stderr: string; json: <T>() => T };

export function runCli(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "bin/org-center.js"), ...args],
      { cwd: root, env: { ...process.env }, encoding: "utf8" },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ status, stdout, stderr, json: <T>() => JSON.parse(stdout) as T });
      },
    );
  });
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
