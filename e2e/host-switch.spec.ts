// The console keeps the host the admin uses (issue 11, item 1): opened at 127.0.0.1 while NEXTAUTH_URL says
// localhost, or behind a reverse proxy (TRUST_PROXY=1, X-Forwarded-Host/Proto), sign-up, sign-out and Authorize
// never send the browser to another host.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect, type Page } from "@playwright/test";
import { ConsentPage } from "./pages/consent-page";
import { ProvisioningPage } from "./pages/provisioning-page";
import { SignInPage } from "./pages/sign-in-page";
import { uniqueName } from "./support/cli";
import { ownOrganization } from "./support/own-organization";

/** The same app under another host name than NEXTAUTH_URL's (localhost). */
function otherHost(baseURL: string | undefined) {
  const url = new URL(baseURL!);
  url.hostname = "127.0.0.1";
  return url.origin;
}

/** A reverse proxy on loopback that passes the upstream Host on, as nginx does by default, plus X-Forwarded-*. */
async function startProxy(upstream: string) {
  const target = new URL(upstream);
  const server = http.createServer((req, res) => {
    const publicHost = req.headers.host ?? "";
    const headers = {
      ...req.headers,
      host: target.host,
      "x-forwarded-host": publicHost,
      "x-forwarded-proto": "http",
      "x-forwarded-for": "198.51.100.7",
    };
    const forward = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function authorizeOn(page: Page, origin: string) {
  const own = ownOrganization("host");
  await page.goto(`${origin}/sign-in`);
  await new SignInPage(page).signIn(own.email, own.password);
  await expect(page).toHaveURL(`${origin}/o/${own.slug}`);
  const name = `LogMeIn ${own.tag}`;
  const app = new ProvisioningPage(page, own.slug);
  await page.goto(`${origin}/o/${own.slug}/apps/new`);
  await expect(async () => {
    await page.getByRole("radio", { name: /^LogMeIn/ }).check();
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible({ timeout: 5_000 });
  }).toPass();
  await app.chooseAutomatic();
  await page.getByRole("button", { name: "Authorize" }).click();
  const consent = new ConsentPage(page);
  await consent.expectFor(`${name} (Org Center provisioning)`);
  expect(new URL(page.url()).origin).toBe(origin);
  await consent.allow();
  await expect(page.getByText(`Authorized: provisioning targets ${own.orgName}.`, { exact: false })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page.getByText(`Authorized into ${own.orgName}`, { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${origin}/sign-in`);
}

test("at 127.0.0.1, Authorize ends authorized on 127.0.0.1 and sign-out stays there", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await authorizeOn(page, otherHost(baseURL));
});

test("behind a reverse proxy (TRUST_PROXY=1), Authorize and sign-out keep the proxy's host", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const proxy = await startProxy(baseURL!);
  try {
    await authorizeOn(page, proxy.origin);
  } finally {
    await proxy.close();
  }
});

test("at 127.0.0.1, sign-up ends signed in on 127.0.0.1", async ({ page, baseURL }) => {
  const origin = otherHost(baseURL);
  const email = `${uniqueName("host")}@fabrikam.example`;
  await page.goto(`${origin}/sign-up`);
  await expect(async () => {
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Full name").fill("Hana Host");
    await page.getByLabel("Password").fill("correct-horse-battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Hana Host" })).toBeVisible({ timeout: 5_000 });
  }).toPass();
  expect(new URL(page.url()).origin).toBe(origin);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${origin}/sign-in`);
});
