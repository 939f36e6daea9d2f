#!/usr/bin/env node
// The app's HTTP server: one process (bin/lib/serve-app.js), or with WEB_CONCURRENCY=N a node:cluster primary that
// forks N such processes on one port, restarts one that dies and stops them all gracefully (lib/ops/cluster-primary.ts).
// Usage: node bin/server.js [--dev] [-p port] [-H host]; prints "✓ Ready on <url>" once it accepts requests.
import cluster from "node:cluster";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = args.dev;
const port = Number(args.port ?? process.env.PORT ?? 3000);
// As `next dev` / `next start` do: a NODE_ENV already set (e.g. "test") is kept.
process.env.NODE_ENV ||= dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { tsImport } = await import("tsx/esm/api");
const load = (file) => tsImport(file, { parentURL: import.meta.url, tsconfig: path.join(root, "tsconfig.json") });

let workers = 1;
if (cluster.isPrimary) {
  const { webConcurrency } = await load("../lib/ops/web-concurrency.ts");
  try {
    workers = webConcurrency();
  } catch (error) {
    console.error(`Org Center cannot start: ${error.message}`);
    process.exit(1);
  }
  if (workers > 1 && dev) {
    console.error("Org Center cannot start: WEB_CONCURRENCY is for production (npm start), not --dev.");
    process.exit(1);
  }
}

if (workers > 1) {
  // Keys generated into the data folder are written once here, before the workers race to create them.
  (await load("../lib/auth/auth-secret.ts")).authSecret();
  (await load("../lib/provisioning/app-credentials/secret-box.ts")).encryptSecret("");
  const { shutdownTimeoutMs } = await load("../lib/ops/graceful-shutdown.ts");
  const { runClusterPrimary } = await load("../lib/ops/cluster-primary.ts");
  runClusterPrimary({ workers, shutdownTimeoutMs: shutdownTimeoutMs() });
} else {
  const { serveApp } = await import("./lib/serve-app.js");
  await serveApp({ dev, port, hostname: args.hostname });
}
