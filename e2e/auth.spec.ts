import { test, expect } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { uniqueName } from "./support/cli";

test("sign up, sign out and sign in again", async ({ page }) => {
  const email = `${uniqueName("new")}@fabrikam.example`;
  const password = "correct-horse-battery";
  await page.goto("/sign-up");
  await expect(async () => {
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Full name").fill("Nia New");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Nia New" })).toBeVisible({ timeout: 5_000 });
  }).toPass();
  await expect(page.getByText("fabrikam.example", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);

  const signIn = new SignInPage(page);
  await signIn.signIn(email, password);
  await expect(page.getByRole("heading", { name: "Welcome, Nia New" })).toBeVisible();
});

test("sign-up shows field errors and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(async () => {
    await page.getByLabel("Work email").fill("not-an-email");
    await page.getByLabel("Full name").fill("Kim Keep");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible({ timeout: 5_000 });
  }).toPass();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Kim Keep");
});

test("a wrong password is refused, and repeated attempts are rate-limited", async ({ page }) => {
  const email = `${uniqueName("victim")}@contoso.com`;
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, "wrong-password-1");
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-password-${i + 2}`);
    await page.getByRole("button", { name: "Sign In" }).click();
    await expect(page.getByRole("button", { name: "Sign In" })).toBeEnabled();
  }
  await expect(page.getByText(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/)).toBeVisible();
});
