// The console under its Content-Security-Policy (issue 14 item 7): pages hydrate and respond with the nonce'd policy
// on, no script or style is refused by it, and the policy's nonce changes per page load.
import { test, expect, type Page } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";

/** Collects CSP violations the browser reports (securitypolicyviolation events and console errors). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test.describe("with the Content-Security-Policy on", () => {
  test.use({ storageState: ADMIN.state });

  test("console pages hydrate and work, and nothing is blocked by the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    const first = await page.goto(`/o/${DEMO_ORG_SLUG}/logs`);
    const policy = first!.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await expect(page.getByRole("heading", { name: "Provisioning logs" })).toBeVisible();
    // Client-side navigation only works once React has hydrated, i.e. once Next's nonce'd scripts ran.
    await expect(async () => {
      await page
        .getByRole("link", { name: /SCIM request log|Inbound SCIM/i })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/o/${DEMO_ORG_SLUG}/logs/scim`), { timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    const second = await page.reload();
    expect(second!.headers()["content-security-policy"]).not.toBe(policy);
    await expect(page.getByRole("heading").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the sign-up page (rendered per request for its nonce) loads with nothing blocked", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto("/sign-up");
    await expect(page.getByRole("heading").first()).toBeVisible();
    expect(violations).toEqual([]);
    await context.close();
  });
});
