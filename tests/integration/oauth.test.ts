// The Authorize flow's authorization server over real HTTP: token endpoint errors, single-use codes, refresh
// rotation, revocation, and that its access tokens authenticate SCIM. Codes come from lib (the consent click
// is covered by e2e/oauth-authorize.spec.ts).
import crypto from "node:crypto";
import { describe, it, expect, beforeAll, inject } from "vitest";
import { prisma } from "@/lib/db/client";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { authenticateBearer } from "@/lib/scim-tokens/authenticate-bearer";
import { setMemberRole } from "@/lib/orgs/set-member-role";
import { approveAuthorization } from "@/lib/oauth/approve-authorization";
import { listAuthorizedApps } from "@/lib/oauth/list-authorized-apps";
import { revokeGrant } from "@/lib/oauth/revoke-grant";
import { s256Challenge } from "@/lib/oauth/pkce";
import { HttpSession } from "./support/http-session";
import { runCli, unique } from "./support/cli";

const PASSWORD = "integration-password";
const REDIRECT = "http://127.0.0.1:47123/callback";
const baseUrl = inject("baseUrl");

type Client = { clientId: string; name: string; clientSecret?: string };
type Account = { id: string; email: string };
type TokenBody = {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  error?: string;
  error_description?: string;
};

let org: { id: string; slug: string };
let admin: Account;
let helpDesk: Account;
let secondAdmin: Account;
let publicClient: Client;
let otherClient: Client;
let confidentialClient: Client;

async function cli<T>(...args: string[]): Promise<T> {
  const r = await runCli(...args, "--json");
  expect(r.status, r.stderr).toBe(0);
  return r.json<T>();
}

const newVerifier = () => crypto.randomBytes(32).toString("base64url");

async function authorizeCode(client: Client, opts: { verifier: string; account?: Account; now?: Date }) {
  const request = {
    client: { clientId: client.clientId, name: client.name },
    redirectUri: REDIRECT,
    state: "st-1",
    codeChallenge: s256Challenge(opts.verifier),
    scope: "scim",
  };
  const { redirectTo } = await approveAuthorization(
    { request, orgId: org.id, account: opts.account ?? admin },
    opts.now,
  );
  const url = new URL(redirectTo);
  expect(url.origin + url.pathname).toBe(REDIRECT);
  expect(url.searchParams.get("state")).toBe("st-1");
  return url.searchParams.get("code")!;
}

async function postForm(path: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, baseUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(params),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as TokenBody };
}

const token = (params: Record<string, string>, headers?: Record<string, string>) =>
  postForm("/oauth/token", params, headers);
const revoke = (params: Record<string, string>, headers?: Record<string, string>) =>
  postForm("/oauth/revoke", params, headers);
const basic = (c: Client) => ({
  authorization: `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString("base64")}`,
});

async function exchange(client: Client) {
  const verifier = newVerifier();
  const code = await authorizeCode(client, { verifier });
  const res = await token({
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
    client_id: client.clientId,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const orgOf = async (accessToken: string) => (await authenticateBearer(`Bearer ${accessToken}`))?.orgId ?? null;

beforeAll(async () => {
  const adminEmail = `${unique("oauth-admin")}@example.com`;
  const helpEmail = `${unique("oauth-help")}@example.com`;
  admin = await cli<Account>("account", "create", "--email", adminEmail, "--name", "Ada Admin", "--password", PASSWORD);
  helpDesk = await cli<Account>(
    "account",
    "create",
    "--email",
    helpEmail,
    "--name",
    "Hal Help",
    "--password",
    PASSWORD,
  );
  org = await cli("org", "create", "--name", unique("OAuth Org"), "--owner", adminEmail);
  await cli("member", "set-role", "--org", org.slug, "--email", helpEmail, "--role", "help-desk");
  const secondEmail = `${unique("oauth-admin2")}@example.com`;
  secondAdmin = await cli<Account>(
    "account",
    "create",
    "--email",
    secondEmail,
    "--name",
    "Second Admin",
    "--password",
    PASSWORD,
  );
  await cli("member", "set-role", "--org", org.slug, "--email", secondEmail, "--role", "admin");
  publicClient = await cli<Client>("oauth", "client", "create", "--name", "Entra (public)", "--redirect-uri", REDIRECT);
  otherClient = await cli<Client>("oauth", "client", "create", "--name", "Other app", "--redirect-uri", REDIRECT);
  confidentialClient = await cli<Client>(
    "oauth",
    "client",
    "create",
    "--name",
    "Entra (confidential)",
    "--redirect-uri",
    REDIRECT,
    "--redirect-uri",
    "https://portal.example.com/cb",
    "--confidential",
  );
});

describe("OAuth authorization server", () => {
  it("publishes RFC 8414 metadata", async () => {
    const res = await fetch(new URL("/.well-known/oauth-authorization-server", baseUrl));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      issuer: baseUrl,
      authorization_endpoint: `${baseUrl}/oauth/authorize`,
      token_endpoint: `${baseUrl}/oauth/token`,
      revocation_endpoint: `${baseUrl}/oauth/revoke`,
      code_challenge_methods_supported: ["S256"],
      grant_types_supported: ["authorization_code", "refresh_token"],
    });
  });

  it("exchanges a code for tokens that identify the organization, storing only hashes", async () => {
    const body = await exchange(publicClient);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "scim" });
    expect(await orgOf(body.access_token)).toBe(org.id);
    const rows = await prisma.oAuthToken.findMany({ where: { orgId: org.id } });
    expect(JSON.stringify(rows)).not.toContain(body.access_token);
    expect(JSON.stringify(rows)).not.toContain(body.refresh_token);
  });

  it("answers with no-store headers and RFC 6749 error bodies", async () => {
    const res = await token({
      grant_type: "authorization_code",
      code: "occo_nope",
      redirect_uri: REDIRECT,
      code_verifier: newVerifier(),
      client_id: publicClient.clientId,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_grant");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("rejects a wrong verifier, a wrong redirect_uri and another client's code, without using the code up", async () => {
    const verifier = newVerifier();
    const code = await authorizeCode(publicClient, { verifier });
    const attempt = (over: Record<string, string>) =>
      token({
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
        client_id: publicClient.clientId,
        ...over,
      });
    const wrong: Record<string, string>[] = [
      { code_verifier: newVerifier() },
      { redirect_uri: "https://portal.example.com/cb" },
      { client_id: otherClient.clientId },
    ];
    for (const over of wrong) {
      const res = await attempt(over);
      expect([res.status, res.body.error], JSON.stringify(over)).toEqual([400, "invalid_grant"]);
    }
    expect((await attempt({ code_verifier: "" })).body.error).toBe("invalid_request");
    expect((await attempt({})).status).toBe(200);
  });

  it("refuses an expired code", async () => {
    const verifier = newVerifier();
    const code = await authorizeCode(publicClient, { verifier, now: new Date(Date.now() - 11 * 60 * 1000) });
    const res = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: publicClient.clientId,
    });
    expect([res.status, res.body.error, res.body.error_description]).toEqual([
      400,
      "invalid_grant",
      "The authorization code has expired.",
    ]);
  });

  it("revokes the tokens issued from a code when the code is presented again", async () => {
    const verifier = newVerifier();
    const code = await authorizeCode(publicClient, { verifier });
    const params = {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: publicClient.clientId,
    };
    const first = await token(params);
    expect(first.status).toBe(200);
    expect(await orgOf(first.body.access_token)).toBe(org.id);
    const second = await token(params);
    expect([second.status, second.body.error]).toEqual([400, "invalid_grant"]);
    expect(await orgOf(first.body.access_token)).toBeNull();
    const refresh = await token({
      grant_type: "refresh_token",
      refresh_token: first.body.refresh_token,
      client_id: publicClient.clientId,
    });
    expect(refresh.body.error).toBe("invalid_grant");
    const audit = await prisma.auditEvent.findMany({
      where: { orgId: org.id, action: "oauth.grant.revoke" },
      select: { newValue: true },
    });
    expect(audit.map((a) => a.newValue)).toContain(JSON.stringify({ reason: "authorization code used twice" }));
  });

  it("rotates refresh tokens: the old one stops working, and so does the old access token", async () => {
    const first = await exchange(publicClient);
    const refresh = (refreshToken: string, clientId = publicClient.clientId) =>
      token({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId });
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(await orgOf(second.body.access_token)).toBe(org.id);
    expect(await orgOf(first.access_token)).toBeNull();

    const replay = await refresh(first.refresh_token);
    expect([replay.status, replay.body.error]).toEqual([400, "invalid_grant"]);
    expect((await refresh(second.body.refresh_token, otherClient.clientId)).body.error).toBe("invalid_grant");
    const third = await refresh(second.body.refresh_token);
    expect(third.status).toBe(200);
    expect(await orgOf(third.body.access_token)).toBe(org.id);
  });

  it("authenticates confidential clients by Basic or by post, and answers 401 otherwise", async () => {
    const c = confidentialClient;
    const attempt = async (auth: { headers?: Record<string, string>; params?: Record<string, string> }) => {
      const verifier = newVerifier();
      const code = await authorizeCode(c, { verifier });
      return token(
        { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier, ...auth.params },
        auth.headers,
      );
    };
    expect((await attempt({ headers: basic(c) })).status).toBe(200);
    expect((await attempt({ params: { client_id: c.clientId, client_secret: c.clientSecret! } })).status).toBe(200);
    const failures: { headers?: Record<string, string>; params?: Record<string, string> }[] = [
      { params: { client_id: c.clientId } },
      { params: { client_id: c.clientId, client_secret: "wrong" } },
      { headers: basic({ ...c, clientSecret: "wrong" }) },
    ];
    for (const auth of failures) {
      const res = await attempt(auth);
      expect([res.status, res.body.error], JSON.stringify(auth)).toEqual([401, "invalid_client"]);
      expect(res.headers.get("www-authenticate")).toMatch(/^Basic /);
    }
  });

  it("rejects malformed token requests", async () => {
    const id = { client_id: publicClient.clientId };
    expect(
      await token({ grant_type: "password", username: "a", password: "b", ...id }).then((r) => [
        r.status,
        r.body.error,
      ]),
    ).toEqual([400, "unsupported_grant_type"]);
    expect(await token(id).then((r) => [r.status, r.body.error])).toEqual([400, "invalid_request"]);
    expect(
      await token({ grant_type: "refresh_token", refresh_token: "x", client_id: "occl_unknown" }).then((r) => [
        r.status,
        r.body.error,
      ]),
    ).toEqual([401, "invalid_client"]);
    const json = await fetch(new URL("/oauth/token", baseUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "refresh_token", ...id }),
    });
    expect([json.status, ((await json.json()) as TokenBody).error]).toEqual([400, "invalid_request"]);
  });

  it("lets only an Admin (Read & Write) authorize, and refuses the code once the admin is demoted", async () => {
    await expect(authorizeCode(publicClient, { verifier: newVerifier(), account: helpDesk })).rejects.toMatchObject({
      code: "forbidden",
    });
    const verifier = newVerifier();
    const code = await authorizeCode(publicClient, { verifier, account: secondAdmin });
    // Through lib, not the CLI: a blocking child process here would let the server drop fetch's idle keep-alive socket.
    await setMemberRole({ orgId: org.id, email: secondAdmin.email, role: "admin-read-only" }, CLI_ACTOR);
    const res = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: publicClient.clientId,
    });
    expect([res.status, res.body.error]).toEqual([400, "invalid_grant"]);
  });

  it("lists the organization's authorized apps and revokes one for the console", async () => {
    const body = await exchange(otherClient);
    const grantId = (
      await prisma.oAuthToken.findFirstOrThrow({
        where: { orgId: org.id, clientId: otherClient.clientId, revokedAt: null },
        select: { id: true },
      })
    ).id;
    const apps = await listAuthorizedApps(org.id);
    expect(apps.find((a) => a.id === grantId)).toMatchObject({
      clientName: "Other app",
      scope: "scim",
      authorizedBy: { email: admin.email },
    });
    expect(JSON.stringify(apps)).not.toMatch(/Hash/);
    await expect(revokeGrant("another-org-id", grantId, { id: admin.id, label: admin.email })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await orgOf(body.access_token)).toBe(org.id);
    await revokeGrant(org.id, grantId, { id: admin.id, label: admin.email });
    expect(await orgOf(body.access_token)).toBeNull();
    expect((await listAuthorizedApps(org.id)).some((a) => a.id === grantId)).toBe(false);
  });

  it("revokes the whole grant from either token (RFC 7009) and always answers 200", async () => {
    const byAccess = await exchange(publicClient);
    expect((await revoke({ token: byAccess.access_token, client_id: publicClient.clientId })).status).toBe(200);
    expect(await orgOf(byAccess.access_token)).toBeNull();
    expect(
      (
        await token({
          grant_type: "refresh_token",
          refresh_token: byAccess.refresh_token,
          client_id: publicClient.clientId,
        })
      ).body.error,
    ).toBe("invalid_grant");

    const byRefresh = await exchange(publicClient);
    const res = await revoke({
      token: byRefresh.refresh_token,
      token_type_hint: "refresh_token",
      client_id: publicClient.clientId,
    });
    expect([res.status, res.headers.get("cache-control")]).toEqual([200, "no-store"]);
    expect(await orgOf(byRefresh.access_token)).toBeNull();

    expect((await revoke({ token: "oca_unknown", client_id: publicClient.clientId })).status).toBe(200);
    const notYours = await exchange(publicClient);
    expect((await revoke({ token: notYours.access_token, client_id: otherClient.clientId })).status).toBe(200);
    expect(await orgOf(notYours.access_token)).toBe(org.id);
    expect((await revoke({ client_id: publicClient.clientId })).body.error).toBe("invalid_request");
  });
});

describe("authorization endpoint (GET /oauth/authorize)", () => {
  const challenge = s256Challenge(newVerifier());
  const query = (over: Record<string, string | undefined> = {}) => {
    const params = {
      response_type: "code",
      client_id: publicClient.clientId,
      redirect_uri: REDIRECT,
      state: "st-9",
      code_challenge: challenge,
      code_challenge_method: "S256",
      ...over,
    };
    return `/oauth/authorize?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined))}`;
  };

  it("sends a signed-out visitor to sign-in, coming back to the same request", async () => {
    const res = await new HttpSession().fetch(query());
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get("location")!, baseUrl);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe(query());
  });

  it("shows an error page, and never redirects, for an unknown client or an unregistered redirect URI", async () => {
    for (const [over, text] of [
      [{ client_id: "occl_unknown" }, "not registered with Org Center"],
      [{ redirect_uri: "https://evil.example.com/cb" }, "redirect URI is not registered"],
    ] as const) {
      const res = await new HttpSession().fetch(query(over));
      expect(res.status).toBe(200);
      expect(res.headers.get("location")).toBeNull();
      expect(await res.text()).toContain(text);
    }
  });

  it("redirects other request errors to the client with error and state", async () => {
    const res = await new HttpSession().fetch(query({ code_challenge_method: "plain" }));
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get("location")!);
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("state")).toBe("st-9");
  });

  it("shows the consent screen to an admin and the admin-only message to a help desk", async () => {
    const adminSession = new HttpSession();
    expect(await adminSession.signIn(admin.email, PASSWORD, "198.51.100.30")).toBeNull();
    const consent = await (await adminSession.fetch(query())).text();
    expect(consent).toContain("Entra (public)");
    expect(consent).toContain("Read and write users and groups over SCIM");
    expect(consent).toContain(">Allow<");

    const helpSession = new HttpSession();
    expect(await helpSession.signIn(helpDesk.email, PASSWORD, "198.51.100.31")).toBeNull();
    const refused = await (await helpSession.fetch(query())).text();
    expect(refused).toContain("Only an Admin (Read &amp; Write) of an organization can authorize provisioning.");
    expect(refused).not.toContain(">Allow<");
  });
});
