// Ticket: "Gus lost access to the app" — he left the group that gave him access, and the cycle disabled his account.
// One search (by email) and one click, at 1440×900 and 390×844; his old group's explanation is one more click.
import { expect, test } from "@playwright/test";
import { HELP_DESK } from "./fixtures/accounts";
import { WhyPage } from "./pages/why-page";
import { Ticket, VIEWPORTS } from "./support/helpdesk-tickets";

test.describe.configure({ mode: "serial" });
test.use({ storageState: HELP_DESK.state });

const ticket = new Ticket();
const gus = ticket.person("Gus");

test.beforeAll(() => {
  ticket.importPeople([ticket.person("Ada"), gus]);
  ticket.createApp();
  ticket.cycle();
  ticket.importPeople([{ ...gus, groups: [ticket.bystanders] }]);
  ticket.cycle();
});

for (const viewport of VIEWPORTS) {
  test(`a group membership change: the answer says he is no longer assigned and was disabled (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const why = new WhyPage(page);
    await why.goto(ticket.org);
    await why.search(gus.upn);
    await why.openPerson(`${gus.first} ${gus.last}`);
    await why.expectAnswer(
      ticket.app,
      `Gus is not assigned to ${ticket.app}, directly or through a group, so the account there is disabled: an admin must assign them or one of their groups.`,
    );
    await expect(why.app(ticket.app).getByText(/Disable · Success/)).toBeVisible();
    await why.keepScreenshot(testInfo, `group-membership-${viewport.width}`);
    await why.expectAnswerOnScreen(ticket.app);
    // Their log entries are one click away, filtered to them.
    await page.getByRole("link", { name: "Their provisioning log entries" }).click();
    await expect(
      page.getByRole("table", { name: "Provisioning log entries" }).getByText("Disable").first(),
    ).toBeVisible();
  });
}
