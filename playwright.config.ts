import { defineConfig } from "@playwright/test";
import path from "node:path";
import os from "node:os";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL =
  process.env.E2E_DATABASE_URL ?? `file:${path.join(os.tmpdir(), "org-center-e2e", "e2e.db")}`;
// The test DNS server (e2e/support/dns-server.ts) the app verifies domains against; records are published on port + 1.
const dnsPort = Number(process.env.E2E_DNS_PORT ?? 5391);
export const E2E_DNS_CONTROL_URL = `http://127.0.0.1:${dnsPort + 1}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: [
    {
      command: "node e2e/support/serve.js",
      url: `http://localhost:${port}/sign-in`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        DATABASE_URL: E2E_DATABASE_URL,
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXTAUTH_SECRET: "e2e-secret-not-for-production",
        TRUST_PROXY: "1",
        DNS_SERVERS: `127.0.0.1:${dnsPort}`,
      },
    },
    {
      command: "node node_modules/tsx/dist/cli.mjs e2e/support/dns-server.ts",
      url: `${E2E_DNS_CONTROL_URL}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { E2E_DNS_PORT: String(dnsPort) },
    },
  ],
});
