// The LogMeIn gallery app: Org Center registers its own OAuth client, the Authorize flow (PKCE) returns a code that
// is exchanged at lib/oauth, tokens are stored encrypted and refreshed; Test Connection and a cycle then provision
// into the organization the admin chose. Custom apps' Test Connection reports precisely what failed.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { approveAuthorization } from "@/lib/oauth/approve-authorization";
import { assignPrincipal } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { completeAuthorize, startAuthorize } from "@/lib/provisioning/app-credentials/authorize-app";
import { openCredentials, sealCredentials } from "@/lib/provisioning/app-credentials/app-credentials";
import { testConnection } from "@/lib/provisioning/provisioning-job/test-connection";
import { runCli, unique } from "./support/cli";
import { HttpSession } from "./support/http-session";
import {
  baseUrl,
  closedPort,
  importRows,
  provisioningScenario,
  runCycleNow,
  targetUsers,
} from "./support/provisioning";

const PASSWORD = "integration-password";

async function adminOrg() {
  const email = `${unique("lmi-admin")}@example.com`;
  const account = (
    await runCli("account", "create", "--email", email, "--name", "Lee Admin", "--password", PASSWORD, "--json")
  ).json<{ id: string; email: string }>();
  const org = (await runCli("org", "create", "--name", unique("LogMeIn Target"), "--owner", email, "--json")).json<{
    id: string;
    slug: string;
    name: string;
  }>();
  const domain = `${unique("lmi")}.example.com`;
  await markDomainVerified(org.id, domain, CLI_ACTOR);
  return { account, org, domain, email };
}

describe("the LogMeIn gallery app", () => {
  it("authorizes with PKCE, stores tokens encrypted, refreshes them, and provisions into the chosen organization", async () => {
    const { account, org, domain, email } = await adminOrg();
    const group = unique("Engineering");
    await importRows(org.id, [
      { upn: `ada@${domain}`, displayName: "Ada Lovelace", groups: [group] },
      { upn: `alan@${domain}`, displayName: "Alan Turing", groups: [group] },
    ]);
    const app = await createApp(org.id, { name: "LogMeIn", kind: "logmein" }, { baseUrl: baseUrl(), actor: CLI_ACTOR });
    const row = await prisma.enterpriseApp.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({
      tenantUrl: `${baseUrl()}/scim/v2`,
      oauthRedirectUri: `${baseUrl()}/api/provisioning/oauth/callback`,
    });
    expect(await prisma.oAuthClient.findUnique({ where: { clientId: row.oauthClientId! } })).toMatchObject({
      secretHash: null,
    });

    const authorizeUrl = new URL(await startAuthorize(org.id, app.id), baseUrl());
    expect(authorizeUrl.pathname).toBe("/oauth/authorize");
    const p = authorizeUrl.searchParams;
    expect(
      Object.fromEntries(
        ["response_type", "client_id", "redirect_uri", "code_challenge_method"].map((k) => [k, p.get(k)]),
      ),
    ).toEqual({
      response_type: "code",
      client_id: row.oauthClientId,
      redirect_uri: row.oauthRedirectUri,
      code_challenge_method: "S256",
    });
    // The consent click (covered in e2e): Org Center's OAuth server issues a code for the chosen organization.
    const { redirectTo } = await approveAuthorization({
      request: {
        client: { clientId: p.get("client_id")!, name: "LogMeIn" },
        redirectUri: p.get("redirect_uri")!,
        state: p.get("state")!,
        codeChallenge: p.get("code_challenge")!,
        scope: p.get("scope")!,
      },
      orgId: org.id,
      account,
    });
    // The browser comes back to the callback route, signed in to the console.
    const session = new HttpSession();
    expect(await session.signIn(email, PASSWORD, "203.0.113.90")).toBeNull();
    const back = await session.fetch(new URL(redirectTo).pathname + new URL(redirectTo).search);
    expect(back.status).toBe(303);
    // Relative, so the admin stays on the host they use (issue 11).
    expect(back.headers.get("location")).toBe(`/o/${org.slug}/apps/${app.id}/provisioning?authorized=1`);
    const stored = await prisma.enterpriseApp.findUniqueOrThrow({ where: { id: app.id }, include: { job: true } });
    expect(stored).toMatchObject({ targetOrgId: org.id, targetOrgName: org.name, pendingAuthState: null });
    expect(stored.job!.mode).toBe("automatic");
    const creds = openCredentials(stored.credentials)!;
    expect(creds.type).toBe("oauth");
    if (creds.type !== "oauth") return;
    expect(stored.credentials).not.toContain(creds.accessToken);
    expect(stored.credentials).not.toContain(creds.refreshToken);
    // The callback's state works once.
    expect((await session.fetch(new URL(redirectTo).pathname + new URL(redirectTo).search)).status).toBe(404);

    expect(await testConnection(org.id, app.id)).toMatchObject({ ok: true, status: 200 });
    await assignPrincipal(org.id, app.id, { type: "group", ref: group }, CLI_ACTOR);
    const first = await runCycleNow(stored.job!.id);
    expect(first.counts.users).toMatchObject({ created: 2, failed: 0 });
    expect((await targetUsers(org.id)).map((u) => u.userName)).toEqual([`ada@${domain}`, `alan@${domain}`]);

    // An access token about to expire is refreshed (rotating the refresh token) before the next request.
    await prisma.enterpriseApp.update({
      where: { id: app.id },
      data: { credentials: sealCredentials({ ...creds, expiresAt: new Date(Date.now() + 60_000).toISOString() }) },
    });
    expect(await testConnection(org.id, app.id)).toMatchObject({ ok: true });
    const refreshed = openCredentials(
      (await prisma.enterpriseApp.findUniqueOrThrow({ where: { id: app.id } })).credentials,
    );
    expect(refreshed).toMatchObject({ type: "oauth" });
    expect(refreshed).not.toMatchObject({ accessToken: creds.accessToken });
    expect(refreshed).not.toMatchObject({ refreshToken: creds.refreshToken });
  });

  it("records a denied authorization without storing anything", async () => {
    const { org } = await adminOrg();
    const app = await createApp(org.id, { name: "LogMeIn", kind: "logmein" }, { baseUrl: baseUrl(), actor: CLI_ACTOR });
    const url = new URL(await startAuthorize(org.id, app.id), baseUrl());
    const outcome = await completeAuthorize(
      {
        state: url.searchParams.get("state"),
        error: "access_denied",
        errorDescription: "The administrator denied the request.",
      },
      CLI_ACTOR,
    );
    expect(outcome).toMatchObject({
      ok: false,
      message: "Authorization did not complete: The administrator denied the request..",
    });
    expect((await prisma.enterpriseApp.findUniqueOrThrow({ where: { id: app.id } })).credentials).toBeNull();
    expect(await testConnection(org.id, app.id)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Authorize/),
    });
  });
});

describe("Test Connection", () => {
  it("passes with good credentials and says precisely what failed otherwise", async () => {
    const s = await provisioningScenario({ users: 0, assign: "none" });
    const ok = await testConnection(s.orgId, s.appId);
    expect(ok).toMatchObject({ ok: true, status: 200 });
    expect(ok.request).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Users\?filter=userName\+eq\+%22[0-9a-f-]{36}%22$/,
    );
    expect(await testConnection(s.orgId, s.appId, { secretToken: "wrong" })).toMatchObject({
      ok: false,
      status: 401,
      message: expect.stringMatching(/refused the credentials \(401 Unauthorized\).*invalid, expired or revoked/),
    });
    expect(await testConnection(s.orgId, s.appId, { tenantUrl: `${baseUrl()}/scim` })).toMatchObject({
      ok: false,
      status: 404,
      message: expect.stringMatching(/does not exist \(404\).*SCIM base/),
    });
    expect(await testConnection(s.orgId, s.appId, { tenantUrl: `${baseUrl()}/sign-in?x=` })).toMatchObject({
      ok: false,
    });
    expect(
      await testConnection(s.orgId, s.appId, { tenantUrl: `http://127.0.0.1:${await closedPort()}/scim` }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/could not connect.*ECONNREFUSED/) });
    const previous = process.env.PROVISIONING_ALLOW_PRIVATE_TARGETS;
    delete process.env.PROVISIONING_ALLOW_PRIVATE_TARGETS;
    try {
      expect(await testConnection(s.orgId, s.appId)).toMatchObject({
        ok: false,
        message: expect.stringMatching(
          /^Refused to connect: 127\.0\.0\.1 is a loopback address\. Provisioning reaches public addresses only/,
        ),
      });
    } finally {
      process.env.PROVISIONING_ALLOW_PRIVATE_TARGETS = previous;
    }
  });
});
