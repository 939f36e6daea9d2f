import { test, expect } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { DEMO_ORG_SLUG } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";

test("one organization cannot see another's data", async ({ page }) => {
  const email = `${uniqueName("owner")}@fabrikam.example`;
  const password = "fabrikam-password";
  cli("account", "create", "--email", email, "--name", "Fabi Owner", "--password", password);
  const org = cli<{ id: string; slug: string }>("org", "create", "--name", uniqueName("Fabrikam"), "--owner", email);
  expect(cli<{ slug: string }[]>("org", "list").some((o) => o.slug === DEMO_ORG_SLUG)).toBe(true);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}$`));

  // Fabrikam's directory is empty: none of Contoso's users leak into it.
  await page.goto(`/o/${org.slug}/directory/users`);
  await expect(page.getByText("No users match.")).toBeVisible();
  await page.getByLabel("Search by name or email").fill("contoso");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No users match.")).toBeVisible();

  // Contoso's console answers 404, as if it did not exist.
  for (const path of ["", "/settings", "/directory/users"]) {
    const response = await page.goto(`/o/${DEMO_ORG_SLUG}${path}`);
    expect(response?.status()).toBe(404);
  }
  // The switcher offers only the caller's own organization.
  await page.goto(`/o/${org.slug}`);
  const options = page.getByRole("combobox", { name: "Organization" }).locator("option");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute("value", org.slug);
});
