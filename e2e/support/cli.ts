// Runs the operator CLI against the e2e database, so tests seed their own data the way an operator would.
import path from "node:path";
import { execFileSync } from "node:child_process";
import { E2E_DATABASE_URL } from "@/playwright.config";

const root = path.resolve(import.meta.dirname, "../..");

export function cli<T = unknown>(...args: string[]): T {
  const out = execFileSync(process.execPath, [path.join(root, "bin/org-center.js"), ...args, "--json"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
