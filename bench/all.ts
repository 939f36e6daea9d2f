// npm run bench — every benchmark in turn (each prints its own figures).
import path from "node:path";
import { spawnSync } from "node:child_process";

const benches = ["scim.ts", "provision.ts", "logs.ts"];
for (const b of benches) {
  console.log(`\n### ${b}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, b)], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
