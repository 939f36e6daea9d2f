// Names in the Directory (issue 11, item 6): users provisioned with the tutorial's default LogMeIn mappings (no
// displayName, no email) are listed by given + family name, and their Source names the app's OAuth client.
import { test, expect } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { authorizeLogMeIn } from "./support/authorize-logmein";
import { ownOrganization } from "./support/own-organization";

test("LogMeIn-provisioned users show their given and family name and a recognisable source", async ({ page }) => {
  test.setTimeout(120_000);
  const own = ownOrganization("names", { people: 3, app: true });
  const name = own.appName;
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(own.email, own.password);
  await expect(page).toHaveURL(new RegExp(`/o/${own.slug}`));
  await authorizeLogMeIn(page, own.slug, own.appId!, name, own.orgName);
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByText(/^users \d+ created/)).toContainText("users 2 created", { timeout: 60_000 });

  await page.goto(`/o/${own.slug}/directory/users`);
  const table = page.getByRole("table", { name: "Users" });
  for (const person of own.people.filter((p) => p.group === own.team)) {
    const row = table.getByRole("row").filter({ hasText: person.upn });
    await expect(row.getByRole("link", { name: `${person.first} ${person.last}` })).toBeVisible();
    await expect(row).toContainText(`SCIM (${name} (Org Center provisioning))`);
    await expect(row).not.toContainText("OAuth (");
  }
  await table.getByRole("link", { name: `${own.people[0]!.first} ${own.people[0]!.last}` }).click();
  await expect(page.getByRole("heading", { name: `${own.people[0]!.first} ${own.people[0]!.last}` })).toBeVisible();
  await expect(page.getByText(`SCIM (${name} (Org Center provisioning))`)).toBeVisible();
});
