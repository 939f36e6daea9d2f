// Test expression in the mapping editor (issue 11, item 7): the source user is found by searching the whole identity
// source (a demo person past the first 200 of 264), and a result disappears once the expression or user changes.
import { test, expect } from "@playwright/test";
import { demoDirectoryPeople } from "@/lib/demo/demo-directory";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { MappingsPage } from "./pages/mappings-page";
import { cli, uniqueName } from "./support/cli";

test.use({ storageState: ADMIN.state });

// Demo people in user principal name order (the order the old chooser listed its first 200), with plain ASCII names.
const people = demoDirectoryPeople().sort((a, b) => (a.upn.toLowerCase() < b.upn.toLowerCase() ? -1 : 1));
const late = people.slice(220).find((p) => /^[a-z]+$/i.test(p.given) && /^[a-z]+$/i.test(p.sur) && p.sur.length >= 5)!;
const other = people.slice(200).find((p) => p !== late && p.sur !== late.sur && /^[a-z]+$/i.test(p.given + p.sur))!;

test("finds a source user past the first 200 by searching, and drops a result the expression did not give", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = cli<{ id: string }>(
    "app",
    "create",
    "--org",
    DEMO_ORG_SLUG,
    "--name",
    uniqueName("Tester app"),
    "--tenant-url",
    "http://127.0.0.1:9/scim/v2",
    "--token",
    "unused-token",
  );
  const mappings = new MappingsPage(page, DEMO_ORG_SLUG, app.id);
  await mappings.openUserMapping();
  await mappings.addNewMapping();
  await page.getByLabel("Mapping type").selectOption("Expression");
  await page.getByLabel("Target attribute", { exact: true }).selectOption("displayName");
  const expression = page.getByLabel("Expression", { exact: true });
  await expression.fill('Join(" ", [givenName], [surname])');

  const search = page.getByLabel("Search by name, UPN or mail");
  const chosen = page.getByLabel("Source user", { exact: true });
  const status = page.locator("#expr-user-status");
  await expect(chosen.locator("option").first()).toBeAttached();
  await expect(chosen.locator("option", { hasText: late.upn })).toHaveCount(0); // not on the first page of names

  // Search matches the start of a word, not the middle of one.
  await search.fill(late.sur.slice(1, 5).toLowerCase());
  await expect(status).not.toHaveText(/Searching/);
  await expect(chosen.locator("option", { hasText: late.upn })).toHaveCount(0);

  await search.fill(`${late.given} ${late.sur.slice(0, 3)}`);
  await expect(chosen.locator("option", { hasText: late.upn })).toHaveCount(1);
  await chosen.selectOption(late.upn);
  await expect(chosen).toHaveValue(late.upn);

  const runTest = page.getByRole("button", { name: "Test expression" });
  const result = page.locator("output");
  await runTest.click();
  await expect(result).toHaveText(`${late.given} ${late.sur}`);

  // Editing the expression drops the old result; testing again shows the new one.
  await expression.fill("ToUpper([surname])");
  await expect(result).toHaveCount(0);
  await runTest.click();
  await expect(result).toHaveText(late.sur.toUpperCase());

  // Choosing another user drops it too (found by the start of a word of the mail).
  await search.fill(other.upn.split("@")[0]!);
  await expect(chosen).toHaveValue(other.upn);
  await expect(result).toHaveCount(0);
  await runTest.click();
  await expect(result).toHaveText(other.sur.toUpperCase());
});
