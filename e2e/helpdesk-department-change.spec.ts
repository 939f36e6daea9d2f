// Ticket: "Devi moved to Engineering but the app still says Sales" — the change waits for the next cycle. One search
// (by name) and one click say what changes and when, at 1440×900 and 390×844.
import { test } from "@playwright/test";
import { HELP_DESK } from "./fixtures/accounts";
import { WhyPage } from "./pages/why-page";
import { Ticket, VIEWPORTS } from "./support/helpdesk-tickets";

test.describe.configure({ mode: "serial" });
test.use({ storageState: HELP_DESK.state });

const ticket = new Ticket();
const devi = ticket.person("Devi", { department: "Sales" });

test.beforeAll(() => {
  ticket.importPeople([ticket.person("Nils"), devi]);
  ticket.createApp();
  ticket.cycle();
  ticket.importPeople([{ ...devi, department: "Engineering" }]);
});

for (const viewport of VIEWPORTS) {
  test(`a department change: the answer says what changes and when (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const why = new WhyPage(page);
    await why.goto(ticket.org);
    await why.search(`${devi.first} ${devi.last}`);
    await why.openPerson(`${devi.first} ${devi.last}`);
    const app = ticket.app.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await why.expectAnswer(
      ticket.app,
      new RegExp(
        `^Devi's department changed from "Sales" to "Engineering" in the identity source: ${app} gets the change in the next cycle \\([A-Z][a-z]{2} \\d{1,2}, \\d{2}:\\d{2} UTC\\)\\.$`,
      ),
    );
    await why.keepScreenshot(testInfo, `department-change-${viewport.width}`);
    await why.expectAnswerOnScreen(ticket.app);
  });
}
