// The production build bundles what bin/server.js loads besides Next (bin/lib/lib-bundle.js). The server runs it, the
// request log's thread included (started from the bundle's own entry beside the chunk that starts it), and a bundle
// older than any file it was made from counts as stale: the server and the CLI then load lib/ through tsx instead.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, requestLogDb } from "@/lib/db/client";
import { buildLibBundle, freshLibBundle, LIB_BUNDLE_ENTRIES } from "../../bin/lib/lib-bundle.js";
import { privateDatabase, removePrivateData, startAppProcess, waitFor, type AppProcess } from "./support/app-process";

const root = path.resolve(import.meta.dirname, "../..");
const sharedUrl = process.env.DATABASE_URL;
let app: AppProcess | undefined;

beforeAll(async () => {
  process.env.DATABASE_URL = await privateDatabase("lib-bundle", "sqlite");
});
afterAll(async () => {
  app?.child.kill("SIGKILL");
  await disconnectPrisma();
  process.env.DATABASE_URL = sharedUrl;
  await removePrivateData();
});

describe("the bundle of lib/ beside the production build", () => {
  it("is what the server runs, and its request log's thread stores every request", async () => {
    expect(freshLibBundle(root), "npm test builds before the integration tests").not.toBeNull();
    app = await startAppProcess({ databaseUrl: process.env.DATABASE_URL! });
    expect(app.output()).toContain('"modules":"bundle"');

    const requestId = `lib-bundle-${Date.now()}`;
    const res = await fetch(`${app.baseUrl}/scim/v2/Users`, {
      headers: { Authorization: "Bearer ocs_not-a-token", "client-request-id": requestId },
    });
    expect(res.status).toBe(401);
    const row = await waitFor(
      () => requestLogDb.scimRequestLog.findFirst({ where: { requestId } }),
      (found) => found !== null,
      { what: "the request's log row" },
    );
    expect(row).toMatchObject({ method: "GET", path: "/scim/v2/Users", status: 401 });
    // Had the thread failed to start from the bundle, the main thread would have stored the row and said so.
    expect(app.output()).not.toMatch(/request[- ]log(?:'s)? thread/);
  });

  it("is stale once a file it was made from is newer than it", () => {
    const distDir = `.next-lib-bundle-test-${process.pid}`;
    const savedDistDir = process.env.NEXT_DIST_DIR;
    process.env.NEXT_DIST_DIR = distDir;
    try {
      expect(freshLibBundle(root)).toBeNull();
      buildLibBundle(root);
      const bundle = freshLibBundle(root);
      expect(bundle).toBe(path.join(root, distDir, "lib-bundle"));
      for (const name of Object.keys(LIB_BUNDLE_ENTRIES))
        expect(fs.existsSync(path.join(bundle!, `${name}.mjs`))).toBe(true);

      // As if lib/scim/http/node-entry.ts had been saved after the build.
      const manifestFile = path.join(bundle!, "inputs.json");
      const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { builtAt: number; inputs: string[] };
      expect(manifest.inputs).toContain("lib/scim/http/node-entry.ts");
      const editedAt = fs.statSync(path.join(root, "lib/scim/http/node-entry.ts")).mtimeMs;
      fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, builtAt: editedAt }));
      expect(freshLibBundle(root)).toBeNull();
    } finally {
      if (savedDistDir === undefined) delete process.env.NEXT_DIST_DIR;
      else process.env.NEXT_DIST_DIR = savedDistDir;
      fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
    }
  });
});
