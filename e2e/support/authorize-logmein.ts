// Drives the LogMeIn app's Authorize from its provisioning page (Automatic, Authorize, consent, Allow), as an admin
// does in the tutorial; the admin is signed in already.
import { expect, type Page } from "@playwright/test";
import { ConsentPage } from "../pages/consent-page";
import { ProvisioningPage } from "../pages/provisioning-page";

export async function authorizeLogMeIn(page: Page, slug: string, appId: string, appName: string, orgName: string) {
  await page.goto(`/o/${slug}/apps/${appId}/provisioning`);
  await new ProvisioningPage(page, slug).chooseAutomatic();
  await page.getByRole("button", { name: "Authorize" }).click();
  const consent = new ConsentPage(page);
  await consent.expectFor(`${appName} (Org Center provisioning)`);
  await consent.allow();
  await expect(page.getByText(`Authorized: provisioning targets ${orgName}.`, { exact: false })).toBeVisible();
}
