// Issue 15 items 2-4, as a help desk agent and the admins meet them: a shared link to a log entry (on its tab) or
// to a filtered log view, opened signed out, leads back to that page after sign-in for every role allowed to see
// it; the open tab is kept in the URL; the search's "starts with" rule stays visible; screens at 1440 and 390 wide.
import { test, expect, type Browser, type Page } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG, HELP_DESK } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";
import { SignInPage } from "./pages/sign-in-page";
import { LogEntryPage, ProvisioningLogsPage } from "./pages/logs-page";
import { seedPersonLogs } from "./pages/logs-data";

const base = `/o/${DEMO_ORG_SLUG}`;
const SHOTS = process.env.E2E_SHOTS_DIR;
// Several sign-ins and viewports per test: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

function newPerson() {
  const suffix = uniqueName("p")
    .replace(/[^a-z]/g, "")
    .slice(-8);
  return { displayName: `Ines Vale${suffix}`, upn: `ines.vale.${suffix}@contoso.com` };
}

/** The entry page of one seeded change, as the help desk reaches it from the list. */
async function entryPath(browser: Browser, changeId: string): Promise<string> {
  const context = await browser.newContext({ storageState: HELP_DESK.state });
  const page = await context.newPage();
  await page.goto(`${base}/logs?range=all&change=${changeId}`);
  await page
    .getByRole("table", { name: "Provisioning log entries" })
    .locator("tbody tr")
    .first()
    .getByRole("link")
    .first()
    .click();
  await expect(page).toHaveURL(/\/logs\/entries\//);
  const url = new URL(page.url());
  await context.close();
  return url.pathname;
}

async function signInFromLink(page: Page, link: string, email: string, password: string) {
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await new SignInPage(page).signIn(email, password);
  await expect(page).toHaveURL((url) => url.pathname + url.search === link);
}

test("a shared entry link opened signed out returns to the entry, on its tab, for the help desk, Admin (Read Only) and Admin", async ({
  browser,
}) => {
  const person = newPerson();
  const { changeIds } = seedPersonLogs(DEMO_ORG_SLUG, person, ["skip", "failure"]);
  const link = `${await entryPath(browser, changeIds[1]!)}?tab=troubleshooting`;
  const readOnly = `${uniqueName("ro")}@contoso.com`;
  cli("account", "create", "--email", readOnly, "--name", "Rae Only", "--password", "a-long-password");
  cli("member", "set-role", "--org", DEMO_ORG_SLUG, "--email", readOnly, "--role", "admin-read-only");
  for (const [email, password] of [
    [HELP_DESK.email, HELP_DESK.password],
    [readOnly, "a-long-password"],
    [ADMIN.email, ADMIN.password],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInFromLink(page, link, email, password);
    await expect(page.getByRole("heading", { name: person.displayName, level: 1 })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Troubleshooting & Recommendations" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(page.getByRole("tabpanel", { name: "Troubleshooting & Recommendations" })).toContainText(
      "is not in a verified domain",
    );
    await context.close();
  }
});

test("a shared filtered log view opened signed out returns with its filters, and the search rule stays visible", async ({
  browser,
}) => {
  const person = newPerson();
  seedPersonLogs(DEMO_ORG_SLUG, person, ["update", "failure", "failure"]);
  const lastName = person.displayName.split(" ")[1]!;
  const link = `${base}/logs?q=${encodeURIComponent(lastName.toLowerCase())}&status=Failure`;
  for (const account of [HELP_DESK, ADMIN]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInFromLink(page, link, account.email, account.password);
    const logs = new ProvisioningLogsPage(page);
    await expect(logs.filters().getByLabel("Identity")).toHaveValue(lastName.toLowerCase());
    await expect(logs.filters().getByLabel("Status")).toHaveValue("Failure");
    await expect(logs.rows()).toHaveCount(2);
    await expect(page.getByText(/Starts with: finds the start of any word of the name, email or UPN/)).toBeVisible();
    await context.close();
  }
});

test.describe("as the help desk", () => {
  test.use({ storageState: HELP_DESK.state });

  test("finds a person by a later word of the name; the entry keeps its tab in the URL and says what would bring them into scope", async ({
    page,
    browser,
  }) => {
    const person = newPerson();
    const { changeIds } = seedPersonLogs(DEMO_ORG_SLUG, person, ["skip", "update"]);
    const logs = new ProvisioningLogsPage(page);
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await logs.goto(DEMO_ORG_SLUG, "range=all");
      await logs.searchIdentity(person.displayName.split(" ")[1]!);
      await expect(logs.rows()).toHaveCount(2);
      await expect(page.getByText(/Starts with: finds the start of any word/)).toBeVisible();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/logs-search-${viewport.width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    const skipPath = await entryPath(browser, changeIds[0]!);
    await page.goto(skipPath);
    const entry = new LogEntryPage(page);
    await expect(await entry.openTab("Steps")).toContainText("What would bring them into scope: Assign the person to");
    await entry.openTab("Troubleshooting & Recommendations");
    await expect(page).toHaveURL(/\?tab=troubleshooting$/);
    await page.reload();
    await expect(page.getByRole("tab", { name: "Troubleshooting & Recommendations" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(page.getByRole("tabpanel", { name: "Troubleshooting & Recommendations" })).toContainText(
      "What would bring them into scope",
    );
    if (SHOTS) {
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: `${SHOTS}/entry-skip-${viewport.width}.png`, fullPage: true });
      }
    }
    const updatePath = await entryPath(browser, changeIds[1]!);
    await page.goto(`${updatePath}?tab=modified`);
    const modified = page.getByRole("tabpanel", { name: "Modified properties" });
    await expect(modified.getByRole("cell", { name: /job title/ })).toContainText("title");
    if (SHOTS) {
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: `${SHOTS}/entry-modified-${viewport.width}.png`, fullPage: true });
      }
    }
  });
});

test("an admin sets what the help desk sees of SCIM bodies on the Settings page, and the audit trail records it", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: ADMIN.state });
  const page = await context.newPage();
  await page.goto(`${base}/settings`);
  const field = page.getByLabel("Attributes masked for the help desk");
  await field.fill("employee number");
  await page.getByRole("button", { name: "Save masking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Attribute names are SCIM paths" })).toBeVisible();
  await expect(field).toHaveValue("employee number");
  await field.fill("employeeNumber");
  await page.getByRole("button", { name: "Save masking" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Masked for the help desk: employeeNumber." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("with employeeNumber masked")).toBeVisible();
  const audit = page.getByRole("table", { name: "Audit trail, newest first" });
  await expect(audit.getByRole("row").filter({ hasText: "logs.help-desk-masking.change" }).first()).toBeVisible();
  if (SHOTS) {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: `${SHOTS}/settings-masking-${viewport.width}.png`, fullPage: false });
    }
  }
  // Back to the default, so other specs see full bodies.
  await page.setViewportSize({ width: 1440, height: 900 });
  await field.fill("");
  await page.getByRole("button", { name: "Save masking" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The help desk sees full SCIM bodies." })).toBeVisible();
  await context.close();
});
