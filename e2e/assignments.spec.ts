// An app's Users and groups (issue 11, item 2): several users and a group assigned in a row, the Type staying as
// chosen, and suggestions of the chosen type searched over the whole identity source.
import { test, expect, type Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { ownOrganization } from "./support/own-organization";

const suggestionValues = (page: Page) =>
  page
    .locator("#assign-suggestions option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

test("assigns two users and then a group in a row, with suggestions of the chosen type", async ({ page }) => {
  test.setTimeout(120_000);
  const own = ownOrganization("assign", { people: 6, app: true, assignTeam: false });
  await page.goto("/sign-in");
  await new SignInPage(page).signIn(own.email, own.password);
  await expect(page).toHaveURL(new RegExp(`/o/${own.slug}`));
  await page.goto(`/o/${own.slug}/apps/${own.appId}/users-groups`);

  const type = page.getByLabel("Type");
  const name = page.getByLabel("Group name or user principal name");
  await expect(type).toHaveValue("user");
  // Suggestions load once the form is live (hydrated): typing before that would be lost.
  await expect(page.locator("#assign-suggestions option").first()).toBeAttached();
  // The last person of six is found by searching, not from a fixed first page of names.
  const [first, second, last] = [own.people[0]!, own.people[1]!, own.people[5]!];
  await name.fill(last.first.toLowerCase());
  await expect.poll(() => suggestionValues(page)).toEqual([last.upn]);

  for (const person of [first, second]) {
    await name.fill(person.upn);
    await page.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Assigned user ${person.upn}.` })).toBeVisible();
    await expect(type).toHaveValue("user");
    await expect(name).toHaveValue("");
  }

  await type.selectOption("group");
  await name.fill("team");
  await expect.poll(() => suggestionValues(page)).toEqual([own.team]);
  await name.fill(own.team);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Assigned group ${own.team}.` })).toBeVisible();
  await expect(type).toHaveValue("group");

  await expect(page.getByRole("heading", { name: "Assigned (3)" })).toBeVisible();
  const table = page.getByRole("table", { name: "Assigned users and groups" });
  for (const label of [`${first.first} ${first.last}`, `${second.first} ${second.last}`, own.team])
    await expect(table.getByRole("link", { name: label })).toBeVisible();
});
