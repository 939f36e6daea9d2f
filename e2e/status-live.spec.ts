// The status panel after Save (issue 11, item 3): Save with Provisioning Status On starts a cycle; the panel shows it
// without a reload, ends on the finished cycle's counts, and "1 failed" opens that cycle's failed log entries.
import { test, expect } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { authorizeLogMeIn } from "./support/authorize-logmein";
import { ownOrganization } from "./support/own-organization";

test("Save with status On shows the cycle live and links its failure to the log", async ({ page }) => {
  test.setTimeout(120_000);
  const own = ownOrganization("live", { people: 3, outsiders: 1, app: true });
  const name = own.appName;
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(own.email, own.password);
  await expect(page).toHaveURL(new RegExp(`/o/${own.slug}`));
  await authorizeLogMeIn(page, own.slug, own.appId!, name, own.orgName);

  await expect(page.getByText("No cycle has run yet.")).toBeVisible();
  await page.getByRole("radio", { name: "On" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved\. Provisioning is On/)).toBeVisible();

  // No reload: the panel follows the cycle to its end. Team members: two at the verified domain, one outside it.
  const counts = page.getByText(/^users \d+ created/);
  await expect(counts).toContainText("users 2 created", { timeout: 60_000 });
  await expect(page.getByText(/Initial cycle completed/)).toBeVisible();
  const failed = counts.getByRole("link", { name: "1 failed" });
  await expect(failed).toBeVisible();
  await failed.click();
  await expect(page).toHaveURL(/\/logs\?.*cycle=.*status=Failure/);
  await expect(page.getByText(/Otto0 Outsider|otto0@/).first()).toBeVisible();
});
