// Issue 14 items 1 and 7 against real servers: /healthz and /readyz (and the 503 of a server whose database has no
// migrations), and the security headers: the console's nonce'd CSP, Secure session cookies behind an https public URL,
// Cache-Control: no-store on SCIM, OAuth and export answers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { requestLogDb } from "@/lib/db/client";
import { freePort, startAppServer, type AppServer } from "./support/app-server";
import { runCli, unique } from "./support/cli";
import { HttpSession } from "./support/http-session";
import { createScimOrg, ScimClient } from "./support/scim";

const PASSWORD = "integration-password";
const baseUrl = () => inject("baseUrl");

async function createAdminWithOrg() {
  const email = `${unique("ops-admin")}@example.com`;
  const account = await runCli(
    "account",
    "create",
    "--email",
    email,
    "--name",
    "Ops Admin",
    "--password",
    PASSWORD,
    "--json",
  );
  expect(account.status, account.stderr).toBe(0);
  const org = await runCli("org", "create", "--name", unique("Ops"), "--owner", email, "--json");
  expect(org.status, org.stderr).toBe(0);
  return { email, slug: org.json<{ slug: string }>().slug };
}

function cspNonce(res: Response): string {
  const policy = res.headers.get("content-security-policy") ?? "";
  const match = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy);
  expect(match, `CSP: ${policy}`).not.toBeNull();
  return match![1]!;
}

/** Every <script> in the page carries the response's nonce (an inline script without it would not run). */
function expectScriptsNonced(html: string, nonce: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
}

describe("health endpoints", () => {
  let unmigrated: AppServer;
  let unreachable: AppServer;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-unmigrated-"));
    // A database no migration was applied to (an empty SQLite file, or an empty PostgreSQL schema).
    const url = inject("databaseUrl");
    const databaseUrl = url.startsWith("postgres")
      ? `${url}${url.includes("?") ? "&" : "?"}schema=${unique("unmigrated").replace(/-/g, "_")}`
      : `file:${path.join(tmp, "empty.db")}`;
    // And a PostgreSQL server that is down (nothing listens on its port).
    const down = `postgres://orgcenter:orgcenter@127.0.0.1:${await freePort()}/orgcenter`;
    [unmigrated, unreachable] = await Promise.all([
      startAppServer({ DATABASE_URL: databaseUrl, ORG_CENTER_DATA_DIR: tmp }),
      startAppServer({ DATABASE_URL: down, ORG_CENTER_DATA_DIR: tmp }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([unmigrated?.stop(), unreachable?.stop()]);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("/healthz says the process is up, without authentication, uncached", async () => {
    const res = await fetch(`${baseUrl()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${baseUrl()}/healthz`, { method: "HEAD" })).status).toBe(200);
  });

  it("/readyz is 200 when the database answers and every migration is applied", async () => {
    const res = await fetch(`${baseUrl()}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("/readyz is 503 with the reason when the migrations are not applied, while /healthz stays 200", async () => {
    expect((await fetch(`${unmigrated.baseUrl}/healthz`)).status).toBe(200);
    const probe = async () => {
      // A keep-alive connection the loaded server is just closing can be reset: one retry on a fresh connection.
      const get = () => fetch(`${unmigrated.baseUrl}/readyz`);
      const res = await get()
        .catch(() => new Promise((r) => setTimeout(r, 200)).then(get))
        .catch((error: Error) => {
          throw new Error(`${error.message}; the server said:\n${unmigrated.output().slice(-3000)}`);
        });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      return (await res.json()) as { status: string; reason: string };
    };
    // The first probe opens the database; on a loaded machine that alone can pass the 3 s bound ("did not answer").
    await expect
      .poll(async () => (await probe()).reason, { timeout: 30_000, interval: 500 })
      .toMatch(/migrations are not applied/);
    const body = await probe();
    expect(body.status).toBe("unavailable");
    expect(body.reason).toContain("org-center db migrate");
  });

  it("/readyz is 503 with the reason when the database does not answer", async () => {
    expect((await fetch(`${unreachable.baseUrl}/healthz`)).status).toBe(200);
    const res = await fetch(`${unreachable.baseUrl}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; reason: string };
    expect(body.reason).toMatch(/^the database did not answer/);
    expect(body.reason).not.toContain("orgcenter:orgcenter");
  });

  it("health checks are never written to the inbound SCIM request log", async () => {
    const marker = unique("probe");
    for (const p of ["/healthz", "/readyz"])
      expect((await fetch(`${baseUrl()}${p}`, { headers: { "x-request-id": marker } })).status).toBe(200);
    // A SCIM request after them: once its row is stored, the probes' rows would be too.
    const org = await createScimOrg();
    const after = unique("after");
    expect((await org.client.get("/Users?count=1", { "x-request-id": after })).status).toBe(200);
    await expect
      .poll(() => requestLogDb.scimRequestLog.count({ where: { requestId: after } }), { timeout: 5000 })
      .toBe(1);
    expect(await requestLogDb.scimRequestLog.count({ where: { requestId: marker } })).toBe(0);
    expect(
      await requestLogDb.scimRequestLog.count({
        where: { OR: [{ path: { contains: "healthz" } }, { path: { contains: "readyz" } }] },
      }),
    ).toBe(0);
  });
});

describe("security headers", () => {
  let admin: { email: string; slug: string };
  let session: HttpSession;
  let httpsServer: AppServer;

  beforeAll(async () => {
    admin = await createAdminWithOrg();
    session = new HttpSession();
    expect(await session.signIn(admin.email, PASSWORD)).toBeNull();
    // Same database, but the public URL is https (TLS ends at a proxy in front of it).
    httpsServer = await startAppServer({
      DATABASE_URL: inject("databaseUrl"),
      NEXTAUTH_URL: "https://org-center.example.test",
    });
  });

  afterAll(async () => {
    await httpsServer?.stop();
  });

  it("console pages carry a CSP whose nonce is on every script, fresh for each request", async () => {
    const res = await session.fetch(`/o/${admin.slug}/settings`);
    expect(res.status).toBe(200);
    const policy = res.headers.get("content-security-policy")!;
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = cspNonce(res);
    expectScriptsNonced(await res.text(), nonce);
    expect(res.headers.get("x-frame-options")).toBe("DENY");

    const again = await session.fetch(`/o/${admin.slug}/settings`);
    expect(cspNonce(again)).not.toBe(nonce);
    await again.body?.cancel();
  });

  it("the sign-in and sign-up pages are rendered per request with the nonce too", async () => {
    for (const p of ["/sign-in", "/sign-up"]) {
      const res = await fetch(`${baseUrl()}${p}`);
      expect(res.status).toBe(200);
      expectScriptsNonced(await res.text(), cspNonce(res));
    }
  });

  it("session cookies are not Secure on an http public URL", async () => {
    const plain = new HttpSession();
    const csrf = await plain.fetch("/api/auth/csrf");
    expect(csrf.headers.getSetCookie().join("\n")).not.toMatch(/;\s*Secure/i);
  });

  it("session cookies are Secure (and __Secure-/__Host- prefixed) when the public URL is https", async () => {
    const secure = new HttpSession(httpsServer.baseUrl);
    const csrf = await secure.fetch("/api/auth/csrf");
    const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-next-auth.csrf-token="));
    expect(csrfCookie).toMatch(/;\s*Secure/i);
    await csrf.body?.cancel();
    const { csrfToken } = (await (await secure.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const signIn = await secure.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email: admin.email, password: PASSWORD, json: "true" }),
    });
    const sessionCookie = signIn.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(sessionCookie, signIn.headers.getSetCookie().join("\n")).toBeDefined();
    expect(sessionCookie).toMatch(/;\s*Secure/i);
    expect(sessionCookie).toMatch(/;\s*HttpOnly/i);
    const page = await secure.fetch("/sign-in");
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    await page.body?.cancel();
  });

  it("SCIM answers, successes and errors alike, are Cache-Control: no-store", async () => {
    const org = await createScimOrg();
    for (const res of [
      await org.client.get("/Users?count=1"),
      await new ScimClient(null).get("/Users"),
      await org.client.get("/Users/does-not-exist"),
    ]) {
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("OAuth answers are Cache-Control: no-store", async () => {
    const token = await fetch(`${baseUrl()}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=authorization_code&code=nope",
    });
    expect(token.status).toBeGreaterThanOrEqual(400);
    expect(token.headers.get("cache-control")).toBe("no-store");
    const revoke = await fetch(`${baseUrl()}/oauth/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "token=nope",
    });
    expect(revoke.headers.get("cache-control")).toContain("no-store");
    const authorize = await session.fetch("/oauth/authorize?response_type=code&client_id=unknown");
    expect(authorize.headers.get("cache-control")).toContain("no-store");
    await authorize.body?.cancel();
  });

  it("exports (logs, source directory, mappings) are Cache-Control: no-store", async () => {
    const app = await runCli(
      "app",
      "create",
      "--org",
      admin.slug,
      "--name",
      unique("HR"),
      "--tenant-url",
      "https://hr.example/scim/v2",
      "--token",
      "t0ken-value",
      "--json",
    );
    expect(app.status, app.stderr).toBe(0);
    const appId = app.json<{ id: string }>().id;
    const paths = [
      `/api/orgs/${admin.slug}/logs/provisioning/export?format=csv`,
      `/api/orgs/${admin.slug}/logs/scim/export?format=json`,
      `/api/orgs/${admin.slug}/source-directory/export`,
      `/o/${admin.slug}/apps/${appId}/mappings/export`,
    ];
    for (const p of paths) {
      const res = await session.fetch(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get("cache-control"), p).toBe("no-store");
      await res.text();
    }
  });
});
