// Several app processes on one database (issue 13 item 3): the shared app and a second bin/server.js on another
// port. A console session, an OAuth code, the sign-in rate limit, a token revocation and the SCIM request log all
// work whichever process answers; and WEB_CONCURRENCY>1 on SQLite is refused with a clear message.
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { requestLogDb } from "@/lib/db/client";
import { createAccount } from "@/lib/accounts/create-account";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { createOrganization } from "@/lib/orgs/create-organization";
import { registerClient } from "@/lib/oauth/register-client";
import { s256Challenge } from "@/lib/oauth/pkce";
import { startAppProcess, type AppProcess } from "./support/app-process";
import { HttpSession } from "./support/http-session";
import { createScimOrg, ScimClient, USER_SCHEMA } from "./support/scim";
import { unique } from "./support/cli";

const PASSWORD = "integration-password";
const REDIRECT = "http://127.0.0.1:47123/callback";
const first = inject("baseUrl");
let other: AppProcess;
let second: string;
let admin: { email: string; slug: string };

beforeAll(async () => {
  // Same database, same NEXTAUTH_SECRET, its own port and process (as a second instance behind a load balancer).
  other = await startAppProcess({ databaseUrl: inject("databaseUrl") });
  second = other.baseUrl;
  const email = `${unique("multi-admin")}@example.com`;
  await createAccount({ email, name: "Multi Admin", password: PASSWORD });
  const org = await createOrganization({ name: unique("Multi Org"), ownerEmail: email }, CLI_ACTOR);
  admin = { email, slug: org.slug };
});
afterAll(async () => {
  other?.child.kill("SIGTERM");
  await other?.exited;
});

const ip = () => `198.51.100.${1 + crypto.randomInt(250)}`;

/** The hidden fields of the consent form, as a browser without JavaScript submits them (React's server action). */
function formFields(html: string): [string, string][] {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...form.matchAll(/<input[^>]*>/g)].flatMap(([tag]) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    return name ? [[decode(name), decode(value)] as [string, string]] : [];
  });
}

/** Consent on `issuer` (the admin clicks Allow), the code redeemed at `redeemer`'s token endpoint. */
async function authorizeThrough(issuer: string, redeemer: string) {
  const client = await registerClient({ name: unique("Multi client"), redirectUris: [REDIRECT] });
  const session = new HttpSession(issuer);
  expect(await session.signIn(admin.email, PASSWORD, ip())).toBeNull();
  const verifier = crypto.randomBytes(32).toString("base64url");
  const query = new URLSearchParams({
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: REDIRECT,
    code_challenge: s256Challenge(verifier),
    code_challenge_method: "S256",
    state: "multi-1",
    scope: "scim",
  });
  const consent = await session.fetch(`/oauth/authorize?${query}`);
  expect(consent.status).toBe(200);
  const form = new FormData();
  for (const [name, value] of formFields(await consent.text())) form.append(name, value);
  form.append("decision", "allow");
  const allowed = await session.fetch(`/oauth/authorize?${query}`, { method: "POST", body: form });
  const location = new URL(allowed.headers.get("location") ?? "", issuer);
  expect(`${location.origin}${location.pathname}`, `${allowed.status} ${location}`).toBe(REDIRECT);
  const code = location.searchParams.get("code");
  expect(code).toBeTruthy();
  const res = await fetch(new URL("/oauth/token", redeemer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: code!,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: client.clientId,
    }),
  });
  const body = (await res.json()) as { access_token: string; refresh_token: string };
  expect(res.status, JSON.stringify(body)).toBe(200);
  return { clientId: client.clientId, ...body };
}

describe("two app processes on one database", () => {
  it("a session signed in on one process is accepted by the other", async () => {
    const session = new HttpSession(first);
    expect(await session.signIn(admin.email, PASSWORD, ip())).toBeNull();
    const elsewhere = new HttpSession(second);
    // The same cookies, presented to the other process.
    Object.assign(elsewhere, { cookies: (session as unknown as { cookies: Map<string, string> }).cookies });
    const page = await elsewhere.fetch(`/o/${admin.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Multi Admin");
    // Signed out, the same page sends the visitor to sign in: the 200 above came from the session.
    const signedOut = await fetch(new URL(`/o/${admin.slug}`, second), { redirect: "manual" });
    expect(signedOut.status).toBeGreaterThanOrEqual(300);
    expect(signedOut.status).toBeLessThan(400);
    expect(signedOut.headers.get("location")).toContain("/sign-in");
  });

  it("an OAuth code issued through one process is redeemed through the other; its token works on both", async () => {
    const tokens = await authorizeThrough(first, second);
    for (const base of [first, second]) {
      const scim = new ScimClient(tokens.access_token, false, `${base}/scim/v2`);
      expect((await scim.get("/Users?count=1")).status).toBe(200);
    }
  });

  it("counts failed sign-ins for one email across both processes", async () => {
    const email = `${unique("multi-limited")}@example.com`;
    await createAccount({ email, name: "Limited", password: PASSWORD });
    const errors: (string | null)[] = [];
    // SIGNIN_MAX_ATTEMPTS is 5: three failures on one process and two on the other use it up.
    for (const base of [first, second, first, second, first])
      errors.push(await new HttpSession(base).signIn(email, "wrong-password", ip()));
    expect(errors.every((e) => e !== null && !e.startsWith("Too many"))).toBe(true);
    for (const base of [second, first])
      expect(await new HttpSession(base).signIn(email, PASSWORD, ip())).toMatch(/^Too many sign-in attempts/);
  });

  it("refuses at once, on the other process, an access token revoked through one", async () => {
    const tokens = await authorizeThrough(second, first);
    const onSecond = new ScimClient(tokens.access_token, false, `${second}/scim/v2`);
    // Used (and so looked up) on the second process first: a per-process cache of it must not outlive the revoke.
    expect((await onSecond.get("/Users?count=1")).status).toBe(200);
    const revoked = await fetch(new URL("/oauth/revoke", first), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: tokens.access_token, client_id: tokens.clientId }),
    });
    expect(revoked.status).toBe(200);
    expect((await onSecond.get("/Users?count=1")).status).toBe(401);
    expect((await new ScimClient(tokens.access_token, false, `${first}/scim/v2`).get("/Users?count=1")).status).toBe(
      401,
    );
  });
});

describe("the SCIM request log", () => {
  it("has the requests answered by either process", async () => {
    const org = await createScimOrg();
    const ids: string[] = [];
    for (const base of [first, second, first, second]) {
      const requestId = unique("multi-rid");
      ids.push(requestId);
      const client = new ScimClient(org.token, false, `${base}/scim/v2`);
      const res = await client.post(
        "/Users",
        { schemas: [USER_SCHEMA], userName: org.email(), active: true },
        { "x-request-id": requestId },
      );
      expect(res.status).toBe(201);
    }
    const deadline = Date.now() + 10_000;
    let logged: { requestId: string | null; status: number }[] = [];
    while (Date.now() < deadline) {
      logged = await requestLogDb.scimRequestLog.findMany({
        where: { requestId: { in: ids } },
        select: { requestId: true, status: true },
      });
      if (logged.length === ids.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(logged.map((l) => l.requestId).sort()).toEqual([...ids].sort());
    expect(logged.every((l) => l.status === 201)).toBe(true);
  });
});

describe("WEB_CONCURRENCY", () => {
  it("refuses several workers on SQLite, saying what to change", () => {
    const run = spawnSync(process.execPath, [path.resolve("bin/server.js"), "-p", "0"], {
      env: { ...process.env, WEB_CONCURRENCY: "2", DATABASE_URL: "file:./data/never-created.db" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("WEB_CONCURRENCY=2 needs PostgreSQL");
    expect(run.stderr).toContain("DATABASE_URL=postgres://");
  });
});
