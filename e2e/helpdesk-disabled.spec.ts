// Ticket: "Dana's account in the app is disabled" — her account was disabled in the identity source and the cycle
// disabled it in the app. One search (by last name) and one click, at 1440×900 and 390×844.
import { test } from "@playwright/test";
import { HELP_DESK } from "./fixtures/accounts";
import { WhyPage } from "./pages/why-page";
import { Ticket, VIEWPORTS } from "./support/helpdesk-tickets";

test.describe.configure({ mode: "serial" });
test.use({ storageState: HELP_DESK.state });

const ticket = new Ticket();
const dana = ticket.person("Dana");

test.beforeAll(() => {
  ticket.importPeople([ticket.person("Luis"), dana]);
  ticket.createApp();
  ticket.cycle();
  ticket.importPeople([{ ...dana, enabled: false }]);
  ticket.cycle();
});

for (const viewport of VIEWPORTS) {
  test(`disabled: the answer says the account is disabled in the identity source (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const why = new WhyPage(page);
    await why.goto(ticket.org);
    await why.search(dana.last);
    await why.openPerson(`${dana.first} ${dana.last}`);
    await why.expectAnswer(
      ticket.app,
      `Dana's account is disabled in the identity source, so it is disabled in ${ticket.app} too: an admin must enable it in the identity source.`,
    );
    await why.keepScreenshot(testInfo, `disabled-${viewport.width}`);
    await why.expectAnswerOnScreen(ticket.app);
  });
}
