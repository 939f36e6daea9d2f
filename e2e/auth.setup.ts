import { test as setup, expect } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { ADMIN, HELP_DESK, DEMO_ORG_SLUG } from "./fixtures/accounts";

for (const account of [ADMIN, HELP_DESK]) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(account.email, account.password);
    await expect(page).toHaveURL(new RegExp(`/o/${DEMO_ORG_SLUG}`));
    await page.context().storageState({ path: account.state });
  });
}
