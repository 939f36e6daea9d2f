// Test data for the log viewer specs: seeds a person's log entries into the e2e database (see e2e/support/logs-seed.ts).
import path from "node:path";
import { execFileSync } from "node:child_process";
import { E2E_DATABASE_URL } from "@/playwright.config";

const root = path.resolve(import.meta.dirname, "../..");

export function seedPersonLogs(
  org: string,
  person: { displayName: string; upn: string },
  kinds: ("failure" | "update" | "skip")[],
  appId?: string,
): { changeIds: string[] } {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(root, "e2e/support/logs-seed.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    input: JSON.stringify({ org, person, kinds, appId }),
    encoding: "utf8",
  });
  return JSON.parse(out) as { changeIds: string[] };
}
