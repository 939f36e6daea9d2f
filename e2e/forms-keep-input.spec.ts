// A failed save loses nothing (issue 11, item 4): after a validation error every field still shows what was typed,
// checkboxes, radios and selects included.
import { test, expect } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { ownOrganization } from "./support/own-organization";

test("the provisioning form keeps every field after a validation error", async ({ page }) => {
  test.setTimeout(120_000);
  const own = ownOrganization("keep", { app: true });
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(own.email, own.password);
  await expect(page).toHaveURL(new RegExp(`/o/${own.slug}`));
  await page.goto(`/o/${own.slug}/apps/${own.appId}/provisioning`);

  const notify = page.getByLabel("Send an email notification when a failure occurs");
  const prevent = page.getByLabel("Prevent accidental deletions");
  // Changes before hydration are undone by React: retry until the first change sticks.
  await expect(async () => {
    await page.getByLabel("Notification Email").fill("ops@");
    await expect(page.getByLabel("Notification Email")).toHaveValue("ops@", { timeout: 1_000 });
  }).toPass();
  const notifyWas = await notify.isChecked();
  await notify.setChecked(!notifyWas);
  const preventWas = await prevent.isChecked();
  await prevent.setChecked(!preventWas);
  await page.getByLabel("Accidental deletion threshold").fill("0");
  await page.getByLabel("Scope").selectOption("all");
  await page.getByLabel("Provisioning interval (minutes)").fill("55");
  await page.getByRole("radio", { name: "On" }).check();
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByText("At least 1.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Notification Email")).toHaveValue("ops@");
  await expect(notify).toBeChecked({ checked: !notifyWas });
  await expect(prevent).toBeChecked({ checked: !preventWas });
  await expect(page.getByLabel("Accidental deletion threshold")).toHaveValue("0");
  await expect(page.getByLabel("Scope")).toHaveValue("all");
  await expect(page.getByLabel("Provisioning interval (minutes)")).toHaveValue("55");
  await expect(page.getByRole("radio", { name: "On" })).toBeChecked();
});

test("the identity source's user form keeps the Account enabled checkbox after a validation error", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const own = ownOrganization("keepuser");
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(own.email, own.password);
  await expect(page).toHaveURL(new RegExp(`/o/${own.slug}`));
  await page.goto(`/o/${own.slug}/source-directory/users/new`);
  const enabled = page.getByLabel(/Account enabled/);
  await expect(async () => {
    await page.getByLabel("Display name").fill("Uma Unsaved");
    await expect(page.getByLabel("Display name")).toHaveValue("Uma Unsaved", { timeout: 1_000 });
  }).toPass();
  await page.getByLabel("User principal name").fill("not a principal name");
  await enabled.uncheck();
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "userPrincipalName must look like name@domain.com." }),
  ).toBeVisible();
  await expect(enabled).not.toBeChecked();
  await expect(page.getByLabel("Display name")).toHaveValue("Uma Unsaved");
  await expect(page.getByLabel("User principal name")).toHaveValue("not a principal name");
});
