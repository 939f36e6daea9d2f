import { test, expect, type Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { VerifyDomainPage } from "./pages/verify-domain-page";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";
import { publishTxt } from "./support/dns-control";
import { E2E_DATABASE_URL } from "@/playwright.config";

const PASSWORD = "correct-horse-battery";

async function signUp(page: Page, email: string, name: string) {
  await page.goto("/sign-up");
  await expect(async () => {
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/welcome$/, { timeout: 5_000 });
  }).toPass();
}

/** Moves an onboarding domain's deadline into the past, as if 10 days had gone by. */
async function expireDomainOf(email: string) {
  process.env.DATABASE_URL = E2E_DATABASE_URL;
  const { prisma } = await import("@/lib/db/client");
  const account = await prisma.account.findUniqueOrThrow({ where: { email } });
  const past = new Date(Date.now() - 60_000);
  await prisma.domain.updateMany({
    where: { ownerAccountId: account.id, orgId: null },
    data: { issuedAt: new Date(past.getTime() - 10 * 86_400_000), expiresAt: past },
  });
}

test("sign up as the admin of a fresh domain, publish the code, verify, and land in the new organization", async ({
  page,
}) => {
  const domain = `${uniqueName("fresh")}.test`;
  await signUp(page, `nia@${domain}`, "Nia New");

  const verify = new VerifyDomainPage(page);
  await expect(verify.heading()).toBeVisible();
  await expect(page.getByText(domain, { exact: true })).toBeVisible();
  await expect(verify.status()).toContainText(/Pending.*9 days 23 hours left to verify/);
  const code = await verify.code();
  expect(code).toMatch(/^logmein-verification-code=[0-9a-f-]{36}$/);
  await expect(page.getByText(`${domain}. IN TXT "${code}"`)).toBeVisible();
  await expect(page.getByText(`dig TXT ${domain}`)).toBeVisible();
  await expect(page.getByText(`nslookup -type=TXT ${domain}`)).toBeVisible();
  await expect(page.getByText(`http://${domain}/logmein-verification-code.txt`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy TXT value" })).toBeVisible();

  // Not published yet: the result panel says what was found.
  await verify.verify(() =>
    expect(verify.result()).toContainText(`No TXT records found at ${domain}.`, { timeout: 5_000 }),
  );
  await expect(page.getByRole("alert").filter({ hasText: "Not verified yet" })).toBeVisible();

  await publishTxt(domain, ["v=spf1 -all", code]);
  await page.getByLabel("Organization name").fill("Fresh Corp");
  await verify.verify(() => expect(page).toHaveURL(/\/o\/fresh-corp(-\d+)?$/, { timeout: 10_000 }));
  await expect(page.getByRole("heading", { name: "Fresh Corp" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(`nia@${domain} · Admin (Read & Write)`);

  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Domains" }).click();
  const row = page.getByRole("row").filter({ hasText: domain });
  await expect(row).toContainText("Verified");
  await expect(row.getByRole("button", { name: /Delete/ })).toHaveCount(0);
});

test("the result panel explains why a published record does not match", async ({ page }) => {
  const domain = `${uniqueName("typo")}.test`;
  await signUp(page, `ty@${domain}`, "Ty Po");
  const verify = new VerifyDomainPage(page);
  const code = await verify.code();
  await publishTxt(domain, [
    `logmein-verify=${code.split("=")[1]}`,
    "logmein-verification-code=00000000-0000-4000-8000-000000000000",
  ]);
  await verify.verify(() => expect(verify.result()).toContainText("logmein-verify=", { timeout: 5_000 }));
  const found = verify.result().getByRole("list", { name: "TXT records found" }).getByRole("listitem");
  await expect(found).toHaveCount(2);
  await expect(found.nth(0)).toContainText('the prefix "logmein-verify" is not accepted');
  await expect(found.nth(1)).toContainText("not this domain's current one");
  await expect(verify.result()).toContainText("HTTP file");
  await expect(page).toHaveURL(/\/welcome$/);
});

test("an expired domain offers Restart verification with a new code", async ({ page }) => {
  const domain = `${uniqueName("late")}.test`;
  const email = `lou@${domain}`;
  cli("account", "create", "--email", email, "--name", "Lou Late", "--password", PASSWORD);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  const verify = new VerifyDomainPage(page);
  await expect(verify.heading()).toBeVisible();
  const oldCode = await verify.code();

  await expireDomainOf(email);
  await page.reload();
  await expect(verify.status()).toContainText("Expired");
  await expect(page.getByText(/The code for .* expired on .* Restart verification to get a new code\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify", exact: true })).toHaveCount(0);

  await verify.restart(() => expect(verify.status()).toContainText("Pending", { timeout: 5_000 }));
  await expect(verify.status()).toContainText(/(10 days 0 hours|9 days 23 hours) left to verify/);
  const newCode = await verify.code();
  expect(newCode).toMatch(/^logmein-verification-code=/);
  expect(newCode).not.toBe(oldCode);
});

test.describe("an admin's Domains page", () => {
  test.use({ storageState: ADMIN.state });

  test("adds a domain, verifies it, and deletes only pending ones", async ({ page }) => {
    const domain = `${uniqueName("branch")}.test`;
    await page.goto(`/o/${DEMO_ORG_SLUG}/domains`);
    await expect(async () => {
      await page.getByLabel("Domain name").fill(domain);
      await page.getByRole("button", { name: "Add domain" }).click();
      await expect(page.getByRole("heading", { name: domain, level: 1 })).toBeVisible({ timeout: 5_000 });
    }).toPass();
    const verify = new VerifyDomainPage(page);
    const code = await verify.code();
    await publishTxt(domain, [code]);
    await verify.verify(() =>
      expect(page.getByRole("heading", { name: "Domain verified" })).toBeVisible({ timeout: 5_000 }),
    );
    await expect(verify.result()).toContainText("Verified by the DNS TXT record.");

    const spare = `${uniqueName("spare")}.test`;
    await page.goto(`/o/${DEMO_ORG_SLUG}/domains`);
    await expect(async () => {
      await page.getByLabel("Domain name").fill(spare);
      await page.getByRole("button", { name: "Add domain" }).click();
      await expect(page.getByRole("heading", { name: spare, level: 1 })).toBeVisible({ timeout: 5_000 });
    }).toPass();
    await page.goto(`/o/${DEMO_ORG_SLUG}/domains`);
    await expect(page.getByRole("row").filter({ hasText: domain })).toContainText("Verified");
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: domain })
        .getByRole("button", { name: /Delete/ }),
    ).toHaveCount(0);
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("row")
      .filter({ hasText: spare })
      .getByRole("button", { name: `Delete ${spare}` })
      .click();
    await expect(page.getByRole("row").filter({ hasText: spare })).toHaveCount(0);
  });
});
