// The Authorize flow in a browser, as a provisioning client drives it: authorize URL → Org Center sign-in →
// consent → redirect with a code to the client's (local) redirect URI → code exchange at /oauth/token.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect, type APIRequestContext } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ADMIN, HELP_DESK } from "./fixtures/accounts";
import { ConsentPage } from "./pages/consent-page";
import { SignInPage } from "./pages/sign-in-page";
import { cli, uniqueName } from "./support/cli";

type Client = { clientId: string; name: string };

// The client's redirect URI: a tiny server on loopback that records what Org Center sends back.
async function startCallbackServer() {
  const hits: URL[] = [];
  const server = http.createServer((req, res) => {
    hits.push(new URL(req.url ?? "/", "http://127.0.0.1"));
    res
      .writeHead(200, { "content-type": "text/html" })
      .end("<!doctype html><title>Client</title><h1>Back at the client</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  return { redirectUri, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type CallbackServer = Awaited<ReturnType<typeof startCallbackServer>>;
let callback: CallbackServer;
let client: Client;

test.beforeAll(async () => {
  callback = await startCallbackServer();
  client = cli<Client>(
    "oauth",
    "client",
    "create",
    "--name",
    uniqueName("Entra provisioning"),
    "--redirect-uri",
    callback.redirectUri,
  );
});
test.afterAll(async () => callback.close());

function authorizeRequest() {
  const verifier = crypto.randomBytes(32).toString("base64url");
  const state = crypto.randomUUID();
  const query = new URLSearchParams({
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: callback.redirectUri,
    state,
    scope: "scim",
    code_challenge: crypto.createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  });
  return { verifier, state, query };
}

async function callbackHit(state: string) {
  await expect.poll(() => callback.hits.some((u) => u.searchParams.get("state") === state)).toBe(true);
  return callback.hits.find((u) => u.searchParams.get("state") === state)!;
}

async function exchange(request: APIRequestContext, code: string, verifier: string) {
  const res = await request.post("/oauth/token", {
    form: {
      grant_type: "authorization_code",
      code,
      redirect_uri: callback.redirectUri,
      code_verifier: verifier,
      client_id: client.clientId,
    },
  });
  return { status: res.status(), body: (await res.json()) as Record<string, unknown> };
}

test("a signed-out admin signs in, allows, and the client exchanges the code for tokens", async ({ page, request }) => {
  const { verifier, state, query } = authorizeRequest();
  const consent = new ConsentPage(page);
  await consent.goto(query);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await new SignInPage(page).signIn(ADMIN.email, ADMIN.password);

  await consent.expectFor(client.name);
  await expect(page.getByText("Contoso", { exact: true })).toBeVisible();
  await consent.allow();
  await expect(page.getByRole("heading", { name: "Back at the client" })).toBeVisible();
  expect(page.url().startsWith(`${callback.redirectUri}?`)).toBe(true);

  const hit = await callbackHit(state);
  const code = hit.searchParams.get("code");
  expect(code).toBeTruthy();
  expect(hit.searchParams.get("error")).toBeNull();

  const wrongVerifier = await exchange(request, code!, crypto.randomBytes(32).toString("base64url"));
  expect([wrongVerifier.status, wrongVerifier.body.error]).toEqual([400, "invalid_grant"]);
  const tokens = await exchange(request, code!, verifier);
  expect(tokens.status).toBe(200);
  expect(tokens.body).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "scim" });
  expect(tokens.body.access_token).toEqual(expect.stringMatching(/^oca_/));
  expect(tokens.body.refresh_token).toEqual(expect.stringMatching(/^ocr_/));
});

test.describe("signed in as the admin", () => {
  test.use({ storageState: ADMIN.state });

  test("Deny sends access_denied and the state back to the client", async ({ page }) => {
    const { state, query } = authorizeRequest();
    const consent = new ConsentPage(page);
    await consent.goto(query);
    await consent.expectFor(client.name);
    await consent.deny();
    const hit = await callbackHit(state);
    expect(hit.searchParams.get("error")).toBe("access_denied");
    expect(hit.searchParams.get("code")).toBeNull();
  });

  test("the consent screen has no serious accessibility violations", async ({ page }) => {
    const consent = new ConsentPage(page);
    await consent.goto(authorizeRequest().query);
    await consent.expectFor(client.name);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id} (${v.impact}) ${v.help}`)).toEqual([]);
  });
});

test("an admin of several organizations chooses the one to connect", async ({ page, request }) => {
  const email = `${uniqueName("multi")}@fabrikam.example`;
  const password = "multi-org-password";
  cli("account", "create", "--email", email, "--name", "Multi Admin", "--password", password);
  const first = cli<{ name: string }>("org", "create", "--name", uniqueName("Fabrikam East"), "--owner", email);
  const second = cli<{ name: string }>("org", "create", "--name", uniqueName("Fabrikam West"), "--owner", email);

  const { verifier, state, query } = authorizeRequest();
  const consent = new ConsentPage(page);
  await consent.goto(query);
  await new SignInPage(page).signIn(email, password);
  await consent.expectFor(client.name);
  await expect(consent.organizationSelect().getByRole("option")).toHaveText([first.name, second.name]);
  await consent.organizationSelect().selectOption({ label: second.name });
  await consent.allow();
  const code = (await callbackHit(state)).searchParams.get("code");
  expect((await exchange(request, code!, verifier)).status).toBe(200);
});

test("a help desk is told that only an Admin (Read & Write) can authorize, and can switch account", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: HELP_DESK.state });
  const page = await context.newPage();
  const { query } = authorizeRequest();
  await new ConsentPage(page).goto(query);
  await expect(
    page.getByText("Only an Admin (Read & Write) of an organization can authorize provisioning."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Allow" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign in with another account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foauth%2Fauthorize/);
  await new SignInPage(page).signIn(ADMIN.email, ADMIN.password);
  await new ConsentPage(page).expectFor(client.name);
  await context.close();
});
