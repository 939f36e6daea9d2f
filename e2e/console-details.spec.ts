// Issue 11 item 7, the smaller things a new admin stumbled on: the 403 page inside the console (menu and Sign
// out), a favicon (no 404 on first load), copy buttons named by their label, the audit trail in words rather than
// JSON, one date format (exact UTC in tables; the relative form is unit-tested in lib/console/format-date.test.ts).
import { test, expect } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG, HELP_DESK } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";

const base = `/o/${DEMO_ORG_SLUG}`;

test.describe("as the help desk", () => {
  test.use({ storageState: HELP_DESK.state });
  test("a page the role does not include answers 403 inside the console, with the menu and Sign out", async ({
    page,
  }) => {
    const response = await page.goto(`${base}/settings`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: ADMIN.state });

  test("the first load of the console asks for nothing that is missing (favicon included)", async ({ page }) => {
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto(base);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    expect(
      (await page.request.get((await page.locator('link[rel="icon"]').first().getAttribute("href"))!)).status(),
    ).toBe(200);
    expect(missing).toEqual([]);
  });

  test("copy buttons are named by what they copy", async ({ page }) => {
    await page.goto(`${base}/scim`);
    await expect(page.getByRole("button", { name: "Copy Tenant URL", exact: true })).toBeVisible();
  });

  test("the audit trail reads as names and values, with exact UTC times", async ({ page }) => {
    const name = uniqueName("Audit app");
    cli(
      "app",
      "create",
      "--org",
      DEMO_ORG_SLUG,
      "--name",
      name,
      "--tenant-url",
      "https://scim.example.com/v2",
      "--token",
      "not-used",
    );
    await page.goto(`${base}/settings`);
    const audit = page.getByRole("table", { name: "Audit trail, newest first" });
    const row = audit.getByRole("row").filter({ hasText: name }).first();
    await expect(row).toContainText(`name: ${name}`);
    await expect(row).not.toContainText('{"');
    await expect(row.getByRole("cell").first()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  });

  test("tables show times as exact UTC", async ({ page }) => {
    await page.goto(`${base}/directory/users`);
    const lastModified = page.getByRole("table").first().locator("tbody tr").first().locator("td").last();
    await expect(lastModified).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  });
});
