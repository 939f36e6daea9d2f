import { test, expect } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { uniqueName } from "./support/cli";

test.use({ storageState: ADMIN.state });

test("an admin creates a secret token, sees it once, and revokes it", async ({ page }) => {
  const name = uniqueName("Entra");
  await page.goto(`/o/${DEMO_ORG_SLUG}/scim`);
  await expect(page.getByText(/\/scim\/v2$/).first()).toBeVisible();
  await expect(async () => {
    await page.getByLabel("Token name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token")).toBeVisible({ timeout: 3_000 });
  }).toPass();
  const token = await page.getByTestId("new-token").innerText();
  expect(token).toMatch(/^ocs_[A-Za-z0-9_-]{40,}$/);

  // Only a prefix is ever shown again.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).not.toContainText(token);
  await expect(row).toContainText("Active");

  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
});

test("inbound settings show a field error for a bad address and save a good one", async ({ page }) => {
  await page.goto(`/o/${DEMO_ORG_SLUG}/scim`);
  const email = page.getByLabel("Notify this address when inbound requests fail");
  await expect(async () => {
    await email.fill("not an email");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Enter a valid email address, or leave it empty.")).toBeVisible({ timeout: 3_000 });
  }).toPass();
  await expect(email).toHaveValue("not an email");
  await email.fill("it-alerts@contoso.com");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Inbound provisioning settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Notify this address when inbound requests fail")).toHaveValue("it-alerts@contoso.com");
  await expect(page.getByLabel(/Accept inbound provisioning/)).toBeChecked();
});

test("the directory pages page, sort and search on the server", async ({ page }) => {
  // Other tests provision into the demo organization in parallel: assert order and filtering, not totals.
  const userNames = () => page.getByRole("row").locator("td:nth-child(2)").allInnerTexts();
  await page.goto(`/o/${DEMO_ORG_SLUG}/directory/users`);
  await expect(page.getByText(/^1–\d+ of \d+$/)).toBeVisible();
  await page.getByRole("button", { name: /User name/ }).click();
  await expect(page).toHaveURL(/sort=userName%3Adesc|sort=userName:desc/);
  await expect(async () => {
    const names = await userNames();
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? 1 : -1)));
  }).toPass();
  await page.getByLabel("Status").selectOption("inactive");
  await expect(page).toHaveURL(/status=inactive/);
  await expect(page.getByRole("link", { name: "Kofi Mensah" })).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .locator("td:nth-child(4)")
      .filter({ hasText: /^Active$/ }),
  ).toHaveCount(0);
  await page.getByLabel("Status").selectOption("");
  await expect(page).not.toHaveURL(/status=/);
  await page.getByLabel("Search by name or email").fill("rossi");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(async () => {
    const names = await userNames();
    expect(names).toContain("bruno.rossi@contoso.com");
    expect(names.every((n) => n.includes("rossi"))).toBe(true);
  }).toPass();
  await page.getByRole("link", { name: "Bruno Rossi" }).click();
  await expect(page.getByRole("heading", { name: "Bruno Rossi" })).toBeVisible();
  await expect(page.getByText("Engineering").first()).toBeVisible();

  await page.goto(`/o/${DEMO_ORG_SLUG}/directory/groups`);
  await page.getByRole("link", { name: "Engineering" }).click();
  await expect(page.getByRole("heading", { name: "Engineering" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bruno Rossi" })).toBeVisible();
});

test("a search made while a filter change is still loading keeps the filter", async ({ page }) => {
  await page.goto(`/o/${DEMO_ORG_SLUG}/directory/users`);
  await expect(page.getByText(/^1–\d+ of \d+$/)).toBeVisible();
  // Hold the server's answers back so the filter's navigation is still in flight when the search is submitted.
  await page.route(/\/directory\/users\?/, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.getByLabel("Status").selectOption("active");
  await page.getByLabel("Search by name or email").fill("rossi");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=rossi/);
  await expect(page).toHaveURL(/status=active/);
  await expect(page.getByRole("link", { name: "Bruno Rossi" })).toBeVisible();
});
