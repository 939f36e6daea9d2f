import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { SignInPage } from "./pages/sign-in-page";
import { cli, uniqueName } from "./support/cli";

const base = `/o/${DEMO_ORG_SLUG}`;
// Every console page; later sections add theirs here.
const CONSOLE_PAGES = [
  "",
  "/domains",
  "/directory/users",
  "/directory/groups",
  "/source-directory/users",
  "/source-directory/groups",
  "/source-directory/import",
  "/apps",
  "/apps/new",
  "/logs",
  "/logs/scim",
  "/scim",
  "/settings",
];

async function expectNoSeriousViolations(page: import("@playwright/test").Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.help} @ ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test.describe("accessibility (axe): no serious or critical violations", () => {
  test("sign-in and sign-up pages", async ({ page }) => {
    for (const path of ["/sign-in", "/sign-up"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
  });

  test("Verify your domain (onboarding)", async ({ page }) => {
    const email = `a11y@${uniqueName("a11y")}.test`;
    cli("account", "create", "--email", email, "--name", "Ally Access", "--password", "a-long-password");
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(email, "a-long-password");
    await expect(page.getByRole("heading", { name: "Verify your domain" })).toBeVisible();
    await expectNoSeriousViolations(page, "/welcome");
  });

  test.describe("console pages", () => {
    test.use({ storageState: ADMIN.state });
    for (const path of CONSOLE_PAGES) {
      test(`console ${path || "/"}`, async ({ page }) => {
        await page.goto(`${base}${path}`);
        await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
        await expectNoSeriousViolations(page, path || "/");
      });
    }
    test("user detail", async ({ page }) => {
      await page.goto(`${base}/directory/users`);
      await page.getByRole("link", { name: "Alice Smith" }).click();
      await expect(page.getByRole("heading", { name: "Alice Smith" })).toBeVisible();
      await expectNoSeriousViolations(page, "user detail");
    });
    test("domain detail", async ({ page }) => {
      await page.goto(`${base}/domains`);
      await page.getByRole("link", { name: "contoso.com" }).click();
      await expect(page.getByRole("heading", { name: "contoso.com", level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, "domain detail");
    });
    test("source directory user and group detail", async ({ page }) => {
      await page.goto(`${base}/source-directory/users?q=alice.smith`);
      await page.getByRole("link", { name: "Alice Smith" }).click();
      await expect(page.getByRole("heading", { name: "Alice Smith" })).toBeVisible();
      await expectNoSeriousViolations(page, "source user detail");
      await page.goto(`${base}/source-directory/groups`);
      await page.getByRole("link", { name: "Sales team" }).click();
      await expect(page.getByRole("heading", { name: "Sales team" })).toBeVisible();
      await expectNoSeriousViolations(page, "source group detail");
    });
    test("enterprise app pages", async ({ page }) => {
      const app = cli<{ id: string }>(
        "app",
        "create",
        "--org",
        DEMO_ORG_SLUG,
        "--name",
        uniqueName("A11y SCIM"),
        "--tenant-url",
        "https://scim.example.com/v2",
        "--token",
        "not-used",
      );
      for (const path of ["", "/users-groups", "/provisioning"]) {
        await page.goto(`${base}/apps/${app.id}${path}`);
        await expect(page.getByRole("navigation", { name: "Application" })).toBeVisible();
        await expectNoSeriousViolations(page, `app ${path || "overview"}`);
      }
    });
    test("mapping screens", async ({ page }) => {
      const app = cli<{ id: string }>(
        "app",
        "create",
        "--org",
        DEMO_ORG_SLUG,
        "--name",
        uniqueName("A11y mappings"),
        "--tenant-url",
        "https://scim.example.com/v2",
        "--token",
        "not-used",
      );
      for (const path of ["", "/group", "/history"]) {
        await page.goto(`${base}/apps/${app.id}/mappings${path}`);
        await expect(page.getByRole("navigation", { name: "Mappings" })).toBeVisible();
        await expectNoSeriousViolations(page, `mappings ${path || "list"}`);
      }
      await page.goto(`${base}/apps/${app.id}/mappings/user`);
      await expect(async () => {
        await page.getByRole("button", { name: "Add New Mapping" }).click();
        await expect(page.getByRole("heading", { name: "Edit attribute" })).toBeVisible({ timeout: 2_000 });
      }).toPass();
      await page.getByLabel("Mapping type").selectOption("Expression");
      await page.getByRole("button", { name: "Add scoping filter" }).click();
      await expectNoSeriousViolations(page, "attribute mapping with Edit attribute and a scoping filter");
    });
    test("group detail", async ({ page }) => {
      await page.goto(`${base}/directory/groups`);
      await page.getByRole("link", { name: "Sales" }).click();
      await expect(page.getByRole("heading", { name: "Sales" })).toBeVisible();
      await expectNoSeriousViolations(page, "group detail");
    });
  });
});
