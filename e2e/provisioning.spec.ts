// The tutorial's steps 3 to 6 in a browser: create the LogMeIn app, Authorize (consent), Test Connection, assign a
// group, turn provisioning On, Sync now, watch the progress bar finish, and find the users in the Directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { ConsentPage } from "./pages/consent-page";
import { ProvisioningPage } from "./pages/provisioning-page";
import { SignInPage } from "./pages/sign-in-page";
import { cli, uniqueName } from "./support/cli";

const PASSWORD = "a-long-password";

/** An admin with an organization of its own (verified domain, three people in a source group): nothing shared. */
function ownOrganization(tag: string) {
  const email = `admin@${tag}.example.com`;
  cli("account", "create", "--email", email, "--name", "Pat Provisioner", "--password", PASSWORD);
  const org = cli<{ slug: string }>("org", "create", "--name", `Org ${tag}`, "--owner", email);
  cli("domain", "mark-verified", "--org", org.slug, "--domain", `${tag}.example.com`);
  const group = `Provisioned ${tag}`;
  const rows = ["Ivy", "Jude", "Kai"].map(
    (first) => `${first.toLowerCase()}@${tag}.example.com,${first} ${tag},${first},${tag},Engineering,true,${group}`,
  );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-prov-")), "people.csv");
  fs.writeFileSync(
    file,
    ["userPrincipalName,displayName,givenName,surname,department,accountEnabled,groups", ...rows].join("\n"),
  );
  cli("directory", "import", "--org", org.slug, "--file", file);
  return { email, slug: org.slug, group, orgName: `Org ${tag}` };
}

test("LogMeIn: Authorize, Test Connection, assign a group, provision and find the users in the Directory", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueName("e2e")
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase();
  const { email, slug, group, orgName } = ownOrganization(tag);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/o/${slug}`));
  const app = new ProvisioningPage(page, slug);
  const name = `LogMeIn ${tag}`;
  await app.createApp(name, "LogMeIn");

  await app.chooseAutomatic();
  await page.getByRole("button", { name: "Authorize" }).click();
  const consent = new ConsentPage(page);
  await consent.expectFor(`${name} (Org Center provisioning)`);
  await consent.allow();
  await expect(page.getByText(`Authorized: provisioning targets ${orgName}.`, { exact: false })).toBeVisible();

  await expect(app.mode()).toHaveValue("automatic");
  await app.testConnection();
  await expect(page.getByText("Test Connection succeeded")).toBeVisible();
  await expect(page.getByText(/GET http:\/\/localhost:\d+\/scim\/v2\/Users\?filter=userName\+eq/)).toBeVisible();

  await app.assignGroup(group);
  await page.getByRole("link", { name: "Provisioning", exact: true }).click();
  await page.getByRole("radio", { name: "On" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved\. Provisioning is On/)).toBeVisible();
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Sync started|already running/ })).toBeVisible();

  // Saving with provisioning On started the initial cycle; Sync now queues another (incremental) one after it.
  await expect(app.progress()).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
  await expect(page.getByText(/Not running/)).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText(/cycles; users 3 created, 0 updated, 0 disabled, 0 deleted, 0 failed; groups 1 created/),
  ).toBeVisible();

  await page.getByRole("link", { name: "Directory", exact: true }).click();
  await page.getByLabel("Search by name or email").fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  // The LogMeIn mapping sends no displayName, so the Directory names them by given and family name.
  for (const first of ["Ivy", "Jude", "Kai"])
    await expect(page.getByRole("link", { name: `${first} ${tag}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Inactive" })).toHaveCount(0);
});

test("a custom SCIM app on a private address: Test Connection says precisely why it failed", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN.state });
  const page = await context.newPage();
  const app = new ProvisioningPage(page, DEMO_ORG_SLUG);
  await app.createApp(uniqueName("Custom"), "Custom SCIM app");
  await app.chooseAutomatic();
  await page.getByLabel("Tenant URL").fill(`${new URL(page.url()).origin}/scim/v2`);
  await page.getByLabel("Secret Token").fill("definitely-not-a-token");
  await app.testConnection();
  await expect(page.getByText("Test Connection failed")).toBeVisible();
  await expect(page.getByText(/Refused to connect: localhost resolves to 127\.0\.0\.1 \(loopback\)/)).toBeVisible();
  await context.close();
});
