// The attribute-mapping editor in a browser (issue #6): edit a mapping with field validation and Test expression,
// preview the next cycle, save, see the diff in the version history and roll back.
import { test, expect } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG, HELP_DESK } from "./fixtures/accounts";
import { MappingsPage } from "./pages/mappings-page";
import { cli, uniqueName } from "./support/cli";

test.use({ storageState: ADMIN.state });

function createAppWithManagers(): string {
  const name = uniqueName("Mapped app");
  const app = cli<{ id: string }>(
    "app",
    "create",
    "--org",
    DEMO_ORG_SLUG,
    "--name",
    name,
    "--tenant-url",
    "http://127.0.0.1:9/scim/v2",
    "--token",
    "unused-token",
  );
  cli("app", "assign", "--org", DEMO_ORG_SLUG, "--app", app.id, "--group", "Managers");
  return app.id;
}

test("edit a mapping, preview, save, and roll back", async ({ page }) => {
  test.setTimeout(90_000);
  const appId = createAppWithManagers();
  const mappings = new MappingsPage(page, DEMO_ORG_SLUG, appId);
  await mappings.openUserMapping();

  // userName from mail instead of userPrincipalName.
  await mappings.editAttribute("userName");
  await page.getByLabel("Source attribute").selectOption("mail");
  await mappings.ok();
  await expect(mappings.row("userName")).toContainText("mail");

  // A new Expression mapping: a parse error at the field, then a valid expression tested against a source user.
  await mappings.addNewMapping();
  await page.getByLabel("Mapping type").selectOption("Expression");
  await page.getByLabel("Target attribute", { exact: true }).selectOption("displayName");
  await page.getByLabel("Expression", { exact: true }).fill('Join(", ", [surname], [givenName]');
  await expect(page.getByText(/line 1, column/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ok" })).toBeDisabled();
  await page.getByLabel("Expression", { exact: true }).fill('Join(", ", [surname], [givenName])');
  await page.getByRole("button", { name: "Test expression" }).click();
  await expect(page.getByText(/^Result:/)).toBeVisible();
  await mappings.ok();
  await expect(mappings.row("displayName")).toContainText("Join");

  await mappings.preview();
  await expect(page.getByTestId("preview-create")).not.toHaveText("0");
  await expect(page.getByText(/The target could not be asked/)).toBeVisible(); // its Tenant URL answers nothing
  await mappings.save("userName from mail");

  await mappings.openHistory();
  const current = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Version 2 (current)" }) });
  await expect(current).toContainText("Direct [userPrincipalName] → userName");
  await expect(current).toContainText("Direct [mail] → userName");
  await expect(current).toContainText("userName from mail");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Roll back to version 1" }).click();
  await expect(page.getByText("Rolled back to version 1 (saved as version 3).")).toBeVisible();

  await mappings.openUserMapping();
  await expect(mappings.row("userName")).toContainText("userPrincipalName");
  await expect(mappings.row("displayName")).toHaveCount(0);
});

test("field validation: matching precedence must be distinct and one attribute must match", async ({ page }) => {
  const appId = createAppWithManagers();
  const mappings = new MappingsPage(page, DEMO_ORG_SLUG, appId);
  await mappings.openUserMapping();
  await mappings.editAttribute("externalId");
  await page.getByLabel("Matching precedence").fill("1");
  await expect(page.getByText(/Matching precedence 1 is already used by userName/)).toBeVisible();
  await page.getByLabel("Match objects using this attribute").selectOption("No");
  await mappings.ok();
  await mappings.editAttribute("userName");
  await page.getByLabel("Match objects using this attribute").selectOption("No");
  await mappings.ok();
  await expect(
    page.getByRole("alert").filter({ hasText: "At least one attribute must be used to match objects" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
});

test("help desk cannot open the mapping screens or export them", async ({ browser }) => {
  const appId = createAppWithManagers();
  const context = await browser.newContext({ storageState: HELP_DESK.state });
  const page = await context.newPage();
  for (const path of ["", "/user", "/history"]) {
    const response = await page.goto(`/o/${DEMO_ORG_SLUG}/apps/${appId}/mappings${path}`);
    expect(response?.status(), path).toBe(403);
  }
  const exported = await page.request.get(`/o/${DEMO_ORG_SLUG}/apps/${appId}/mappings/export`);
  expect(exported.status()).toBe(403);
  await context.close();
});

test("a scoping filter is previewed and saved, exported as JSON and imported as a new version", async ({ page }) => {
  test.setTimeout(90_000);
  const appId = createAppWithManagers();
  const mappings = new MappingsPage(page, DEMO_ORG_SLUG, appId);
  await mappings.openUserMapping();
  await expect(async () => {
    await page.getByRole("button", { name: "Add scoping filter" }).click();
    await expect(page.getByLabel("Operator 1.1")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.getByLabel("Attribute 1.1").selectOption("department");
  await page.getByLabel("Operator 1.1").selectOption("Greater_Than");
  await page.getByLabel("Value 1.1").fill("ten");
  await expect(page.getByText("Greater_Than compares integers; enter a whole number.")).toBeVisible();
  await page.getByLabel("Operator 1.1").selectOption("EQUALS");
  await page.getByLabel("Value 1.1").fill("Nowhere");
  await mappings.preview();
  await expect(page.getByTestId("preview-create")).toHaveText("1"); // the Managers group; no user is in Nowhere
  await mappings.save("only Nowhere");

  const exported = await page.request.get(`/o/${DEMO_ORG_SLUG}/apps/${appId}/mappings/export`);
  expect(exported.status()).toBe(200);
  const json = await exported.text();
  expect(json).toContain('"value": "Nowhere"');
  await page.goto(`/o/${DEMO_ORG_SLUG}/apps/${appId}/mappings`);
  await page.getByLabel("Mappings JSON file").setInputFiles({
    name: "mappings.json",
    mimeType: "application/json",
    buffer: Buffer.from(json.replace('"Nowhere"', '"Somewhere"')),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported as version 3/)).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Version 3 (current)" }) }),
  ).toContainText("department EQUALS Somewhere");
});

test("rename a target attribute: the mapping follows, bad names are refused, and the version diff shows it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const appId = createAppWithManagers();
  const mappings = new MappingsPage(page, DEMO_ORG_SLUG, appId);
  await mappings.openUserMapping();
  const list = page.getByRole("table", { name: "Target attribute list" });
  await expect(async () => {
    await list.getByRole("button", { name: "Rename nickName", exact: true }).click();
    await expect(page.getByLabel("New name for nickName")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.getByLabel("New name for nickName").fill("DisplayName");
  await page.getByRole("button", { name: "Apply rename" }).click();
  await expect(page.getByText('"displayName" is already in the target attribute list.')).toBeVisible();
  await page.getByLabel("New name for nickName").fill("nick name");
  await page.getByRole("button", { name: "Apply rename" }).click();
  await expect(page.getByText(/"nick name" is not a SCIM attribute path/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();

  const department = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department";
  const team = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:team";
  await list.getByRole("button", { name: `Rename ${department}`, exact: true }).click();
  await page.getByLabel(`New name for ${department}`).fill(team);
  await page.getByRole("button", { name: "Apply rename" }).click();
  await expect(list.getByRole("cell", { name: team, exact: true })).toBeVisible();
  await expect(mappings.row(team)).toContainText("department");
  await expect(mappings.row(department)).toHaveCount(0);
  await mappings.save("department is team");

  await mappings.openHistory();
  const current = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Version 2 (current)" }) });
  await expect(current).toContainText(`renamed ${department} → ${team}`);
  await expect(current).toContainText(`Direct [department] → ${team}`);
  await expect(current).toContainText("Scope: Sync only assigned users and groups");
});
