// The help desk's screen (PRODUCT.md §7): find a person's failed provisioning, read why and what to do, follow it
// to the SCIM request it sent and back, export the filtered rows; toggles and saved views; who may change what.
import { test, expect, type Browser } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ADMIN, DEMO_ORG_SLUG, HELP_DESK } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";
import { SignInPage } from "./pages/sign-in-page";
import { csvRecords, LogEntryPage, ProvisioningLogsPage } from "./pages/logs-page";
import { seedPersonLogs } from "./pages/logs-data";

const base = `/o/${DEMO_ORG_SLUG}`;

/** A person only this test knows: "Zara Quill-k3x9a" (letters only, so the name prefix is unique). */
function newPerson() {
  const suffix = uniqueName("p")
    .replace(/[^a-z]/g, "")
    .slice(-8);
  return { displayName: `Zara Quill${suffix}`, upn: `zara.quill.${suffix}@contoso.com` };
}

async function noSeriousAxeViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
}

test.describe("as the help desk", () => {
  test.use({ storageState: HELP_DESK.state });

  test("finds a person's failed provisioning, reads the recommendation, follows it to the SCIM request and exports the filtered CSV", async ({
    page,
  }) => {
    const person = newPerson();
    const { changeIds } = seedPersonLogs(DEMO_ORG_SLUG, person, ["skip", "update", "failure", "update", "failure"]);
    const failures = [changeIds[2]!, changeIds[4]!];
    const logs = new ProvisioningLogsPage(page);

    await logs.goto(DEMO_ORG_SLUG);
    await expect(page.getByRole("heading", { name: "Provisioning logs" })).toBeVisible();
    await logs.searchIdentity(person.displayName);
    await expect(logs.rows()).toHaveCount(5);
    await logs.filterStatus("Failure");
    await expect(logs.rows()).toHaveCount(2);
    await expect(page.getByText("1–2 of 2 entries")).toBeVisible();
    for (const row of await logs.rows().all()) await expect(row).toContainText("Failure");

    // The newest failure.
    await logs.rows().first().getByRole("link", { name: person.displayName }).click();
    await expect(page.getByRole("heading", { name: person.displayName, level: 1 })).toBeVisible();
    const entry = new LogEntryPage(page);
    await expect(await entry.openTab("Steps")).toContainText("5. Action");
    const troubleshooting = await entry.openTab("Troubleshooting & Recommendations");
    await expect(troubleshooting).toContainText("SystemForCrossDomainIdentityManagementBadRequest");
    await expect(troubleshooting).toContainText(
      `userName ${person.upn} is not in a verified domain of this organization`,
    );
    await expect(troubleshooting).toContainText("Verify the user's domain in the target organization");
    await expect(await entry.openTab("Summary")).toContainText(failures[1]!);
    await noSeriousAxeViolations(page);

    // To the SCIM request the failed create sent, and back.
    await page.getByRole("link", { name: "POST /scim/v2/Users → 400" }).click();
    await expect(page.getByRole("heading", { name: "POST /scim/v2/Users" })).toBeVisible();
    await expect(page.getByLabel("Request body")).toContainText('"password": "[REDACTED]"');
    await expect(page.getByLabel("Response body")).toContainText("is not in a verified domain");
    await noSeriousAxeViolations(page);
    await page.getByRole("link", { name: `${person.displayName}: Create` }).click();
    await expect(page.getByRole("heading", { name: person.displayName, level: 1 })).toBeVisible();

    // Back (through the browser history) to the entry as opened from the list, then to the filtered list; download
    // what it shows (every matching row).
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/logs\/entries\/.+\?q=/);
    await page.getByRole("link", { name: "Back to the provisioning log" }).click();
    await expect(logs.rows()).toHaveCount(2);
    const { download, text } = await logs.download("CSV");
    expect(download.suggestedFilename()).toMatch(/^provisioning-log-contoso-.+\.csv$/);
    const records = csvRecords(text);
    expect(records.map((r) => r["Change ID"]).sort()).toEqual([...failures].sort());
    for (const r of records) {
      expect(r).toMatchObject({
        Identity: person.displayName,
        "Source identity": person.upn,
        Action: "Create",
        Status: "Failure",
        "Error code": "SystemForCrossDomainIdentityManagementBadRequest",
      });
      expect(r.Recommendation).toContain("Verify the user's domain");
    }
  });

  test("hides out-of-scope skipped entries and keeps the filters as a saved view", async ({ page }) => {
    const person = newPerson();
    seedPersonLogs(DEMO_ORG_SLUG, person, ["skip", "skip", "update", "failure"]);
    const logs = new ProvisioningLogsPage(page);
    await logs.goto(DEMO_ORG_SLUG);
    await logs.searchIdentity(person.displayName);
    await expect(logs.rows()).toHaveCount(4);
    await logs.toggleHideOutOfScope();
    await expect(logs.rows()).toHaveCount(2);
    await expect(logs.table()).not.toContainText("Skipped");

    const name = `No skips ${person.displayName.slice(-8)}`;
    await page.getByLabel("Name of the view to save").fill(name);
    await page.getByRole("button", { name: "Save view" }).click();
    await expect(page.getByText(`View "${name}" saved.`)).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/logs$`));
    await page.getByRole("region", { name: "Saved views" }).getByRole("link", { name }).click();
    await expect(logs.rows()).toHaveCount(2);
    await expect(logs.filters().getByLabel("Hide out-of-scope skipped")).toBeChecked();
    await expect(logs.filters().getByLabel("Identity")).toHaveValue(person.displayName);
    await page.getByRole("button", { name: `Delete saved view ${name}` }).click();
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("sees the logs and the directory but no admin page, and the retention only as text", async ({ page }) => {
    await page.goto(`${base}/logs`);
    const nav = page.getByRole("navigation", { name: "Console" });
    await expect(nav.getByRole("link", { name: "Provisioning logs" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Directory", exact: true })).toBeVisible();
    for (const hidden of ["Overview", "Domains", "Enterprise apps", "SCIM", "Settings"])
      await expect(nav.getByRole("link", { name: hidden, exact: true })).toHaveCount(0);
    await expect(page.getByText(/Log entries older than \d+ days are deleted automatically\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Save retention" })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Logs" }).getByRole("link", { name: "Inbound SCIM requests" }).click();
    await expect(page.getByRole("heading", { name: "Inbound SCIM requests" })).toBeVisible();
    for (const path of ["/scim", "/settings"]) expect((await page.goto(`${base}${path}`))?.status(), path).toBe(403);
  });
});

async function as(browser: Browser, state: string) {
  const context = await browser.newContext({ storageState: state });
  return { context, page: await context.newPage() };
}

test("only an Admin (Read & Write) changes the retention; the help desk's replayed request is refused", async ({
  browser,
}) => {
  const admin = await as(browser, ADMIN.state);
  await admin.page.goto(`${base}/logs`);
  const days = admin.page.getByLabel("Keep provisioning and inbound SCIM log entries for");
  await expect(days).toBeVisible();
  // Record the admin's save without letting it through, then replay it as the help desk.
  await days.fill("31");
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void admin.page.route(`**${base}/logs`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      resolve({ headers: await route.request().allHeaders(), body: route.request().postDataBuffer()! });
      await route.abort();
    });
  });
  await admin.page.getByRole("button", { name: "Save retention" }).click();
  const { headers, body } = await captured;
  const helpDesk = await as(browser, HELP_DESK.state);
  const replay = Object.fromEntries(
    Object.entries(headers).filter(([k]) => !["cookie", "content-length", "host"].includes(k) && !k.startsWith(":")),
  );
  const response = await helpDesk.page.request.post(`${base}/logs`, { headers: replay, data: body });
  expect(await response.text()).toContain("Your role does not allow this.");
  await admin.page.unrouteAll();
  await admin.page.reload();
  await expect(admin.page.getByLabel("Keep provisioning and inbound SCIM log entries for")).toHaveValue("30");

  // The admin's own save goes through and is audited; then the demo's 30 days are put back.
  for (const value of ["31", "30"]) {
    await admin.page.getByLabel("Keep provisioning and inbound SCIM log entries for").fill(value);
    await admin.page.getByRole("button", { name: "Save retention" }).click();
    await expect(
      admin.page.getByRole("status").filter({ hasText: `Log entries are now kept ${value} days.` }),
    ).toBeVisible();
  }
  await admin.page.goto(`${base}/settings`);
  const audit = admin.page.getByRole("table", { name: "Audit trail, newest first" });
  await expect(
    audit
      .getByRole("row")
      .filter({ hasText: "logs.retention.change" })
      .filter({ hasText: "logRetentionDays: 31" })
      .first(),
  ).toBeVisible();
  await admin.context.close();
  await helpDesk.context.close();
});

test("Admin (Read Only) reads both viewers and exports, and cannot change the retention", async ({ page }) => {
  const email = `${uniqueName("readonly")}@contoso.com`;
  cli("account", "create", "--email", email, "--name", "Rita Readonly", "--password", "a-long-password");
  cli("member", "set-role", "--org", DEMO_ORG_SLUG, "--email", email, "--role", "admin-read-only");
  const signIn = new SignInPage(page);
  await signIn.goto(`${base}/logs`);
  await signIn.signIn(email, "a-long-password");
  await expect(page.getByRole("heading", { name: "Provisioning logs" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save retention" })).toHaveCount(0);
  const res = await page.request.get(`/api/orgs/${DEMO_ORG_SLUG}/logs/scim/export?format=json`);
  expect(res.status()).toBe(200);
  expect(Array.isArray(await res.json())).toBe(true);
  await page.goto(`${base}/logs/scim`);
  await expect(page.getByRole("heading", { name: "Inbound SCIM requests" })).toBeVisible();
});

test("the admin's SCIM page leads to the inbound request log", async ({ browser }) => {
  const admin = await as(browser, ADMIN.state);
  await admin.page.goto(`${base}/scim`);
  await admin.page.getByRole("link", { name: "Search and export all inbound requests" }).click();
  await expect(admin.page.getByRole("heading", { name: "Inbound SCIM requests" })).toBeVisible();
  await expect(
    admin.page.getByRole("navigation", { name: "Logs" }).getByRole("link", { name: "Inbound SCIM requests" }),
  ).toHaveAttribute("aria-current", "page");
  await admin.context.close();
});
