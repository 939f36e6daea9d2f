// Ticket: "Mira can't get into the app" — she was never assigned. The log has no entry for her; the help desk answers
// it in one search and one click, at 1440×900 and 390×844.
import { test } from "@playwright/test";
import { HELP_DESK } from "./fixtures/accounts";
import { WhyPage } from "./pages/why-page";
import { Ticket, VIEWPORTS } from "./support/helpdesk-tickets";

test.describe.configure({ mode: "serial" });
test.use({ storageState: HELP_DESK.state });

const ticket = new Ticket();
const mira = ticket.person("Mira", { groups: [ticket.bystanders] });

test.beforeAll(() => {
  ticket.importPeople([ticket.person("Theo"), mira]);
  ticket.createApp();
  ticket.cycle();
});

for (const viewport of VIEWPORTS) {
  test(`never assigned: the answer says an admin must assign her or one of her groups (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const why = new WhyPage(page);
    await why.goto(ticket.org);
    await why.search(`${mira.first} ${mira.last}`);
    await why.openPerson(`${mira.first} ${mira.last}`);
    await why.expectAnswer(
      ticket.app,
      `Mira is not assigned to ${ticket.app}, directly or through a group: an admin must assign them or one of their groups.`,
    );
    await why.keepScreenshot(testInfo, `never-assigned-${viewport.width}`);
    await why.expectAnswerOnScreen(ticket.app);
  });
}
