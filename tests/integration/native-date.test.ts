// bin/lib/native-date.js: Next, once prepared, replaces the global Date with its clock-tracking one; the production
// server puts the native Date back (bin/lib/serve-app.js), and it stays native while Next renders pages.
import http from "node:http";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keepNativeDate } from "../../bin/lib/native-date.js";
import { freePort } from "./support/app-process";

const root = path.resolve(import.meta.dirname, "../..");
let server: http.Server | undefined;

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
});

describe("keepNativeDate", () => {
  it("puts back the native Date that a prepared Next replaced, and Next's pages leave it native", async () => {
    const native = globalThis.Date;
    const restore = keepNativeDate();
    const { default: next } = await import("next");
    const port = await freePort();
    server = http.createServer((req, res) => void handle(req, res));
    const app = next({ dev: false, dir: root, hostname: "127.0.0.1", port, httpServer: server });
    await app.prepare();
    expect(globalThis.Date, "Next, prepared, has its own Date").not.toBe(native);

    restore();
    expect(globalThis.Date).toBe(native);
    expect(new Date(0).constructor).toBe(native);
    expect(new Date(86_400_000).toISOString()).toBe("1970-01-02T00:00:00.000Z");

    const handle = app.getRequestHandler();
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    for (const page of ["/sign-in", "/api/auth/session"]) {
      const res = await fetch(`http://127.0.0.1:${port}${page}`, { redirect: "manual" });
      await res.arrayBuffer();
      expect(res.status, page).toBe(200);
    }
    expect(globalThis.Date).toBe(native);
  });
});
