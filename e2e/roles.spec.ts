import { test, expect, type Browser } from "@playwright/test";
import { ADMIN, HELP_DESK, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";

const base = `/o/${DEMO_ORG_SLUG}`;

async function as(browser: Browser, state: string) {
  const context = await browser.newContext({ storageState: state });
  return { context, page: await context.newPage() };
}

test("help desk sees the directory and logs, and no admin page", async ({ browser }) => {
  const { context, page } = await as(browser, HELP_DESK.state);
  await page.goto(`${base}/directory/users`);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Console" });
  await expect(nav.getByRole("link", { name: "Directory", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Provisioning logs" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
  for (const path of ["", "/settings", "/domains", "/scim", "/apps"]) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  }
  await context.close();
});

test("help desk cannot call the admin action that changes roles", async ({ browser }) => {
  // A fresh account to be the action's target, so parallel tests do not interfere.
  const email = `${uniqueName("target")}@contoso.com`;
  cli("account", "create", "--email", email, "--name", "Role Target", "--password", "a-long-password");
  cli("member", "set-role", "--org", DEMO_ORG_SLUG, "--email", email, "--role", "user");

  // Record the exact server-action request the admin's browser sends for "Save", without letting it through.
  const admin = await as(browser, ADMIN.state);
  await admin.page.goto(`${base}/settings`);
  const row = admin.page.getByRole("row").filter({ hasText: email });
  await row.getByLabel(`Role of ${email}`).selectOption("admin");
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void admin.page.route(`**${base}/settings`, async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    });
  });
  await row.getByRole("button", { name: "Save" }).click();
  const { headers, body } = await captured;
  expect(headers["next-action"]).toBeTruthy();

  // Replay it as the help desk: the server refuses.
  const helpDesk = await as(browser, HELP_DESK.state);
  const replayHeaders = Object.fromEntries(
    Object.entries(headers).filter(([k]) => !["cookie", "content-length", "host"].includes(k) && !k.startsWith(":")),
  );
  const response = await helpDesk.page.request.post(`${base}/settings`, { headers: replayHeaders, data: body });
  expect(await response.text()).toContain("Your role does not allow this.");

  // The role did not change: the admin still sees "User" for that account.
  await admin.page.unrouteAll();
  await admin.page.reload();
  await expect(admin.page.getByRole("row").filter({ hasText: email }).getByLabel(`Role of ${email}`)).toHaveValue(
    "user",
  );
  await admin.context.close();
  await helpDesk.context.close();
});

test("an admin changes a member's role and the audit trail records it", async ({ browser }) => {
  const email = `${uniqueName("promote")}@contoso.com`;
  cli("account", "create", "--email", email, "--name", "Promo Tee", "--password", "a-long-password");
  cli("member", "set-role", "--org", DEMO_ORG_SLUG, "--email", email, "--role", "user");
  const { context, page } = await as(browser, ADMIN.state);
  await page.goto(`${base}/settings`);
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel(`Role of ${email}`).selectOption("help-desk");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText(`Role updated for ${email}.`);
  await page.reload();
  const audit = page.getByRole("table", { name: "Audit trail, newest first" });
  await expect(
    audit.getByRole("row").filter({ hasText: email }).filter({ hasText: "member.role.change" }).first(),
  ).toContainText("role: help-desk");
  await context.close();
});
