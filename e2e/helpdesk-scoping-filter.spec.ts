// Ticket: "Sam is assigned but has no account" — a scoping filter keeps Sales people out. One search (by email) and
// one click show the rule, Sam's value and the verdict, at 1440×900 and 390×844.
import { expect, test } from "@playwright/test";
import { HELP_DESK } from "./fixtures/accounts";
import { WhyPage } from "./pages/why-page";
import { Ticket, VIEWPORTS } from "./support/helpdesk-tickets";

test.describe.configure({ mode: "serial" });
test.use({ storageState: HELP_DESK.state });

const ticket = new Ticket();
const sam = ticket.person("Sam", { department: "Sales" });

test.beforeAll(() => {
  ticket.importPeople([ticket.person("Erin", { department: "Engineering" }), sam]);
  ticket.createApp({
    scopingFilter: { name: "Engineering only", attribute: "department", operator: "EQUALS", value: "Engineering" },
  });
  ticket.cycle();
});

for (const viewport of VIEWPORTS) {
  test(`kept out by a scoping filter: the answer names the rule and the value (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const why = new WhyPage(page);
    await why.goto(ticket.org);
    await why.search(sam.upn.split("@")[0]!);
    await why.openPerson(`${sam.first} ${sam.last}`);
    await why.expectAnswer(
      ticket.app,
      `Sam is assigned to ${ticket.app} but left out by a scoping rule: department is "Sales", and the rule "Engineering only" needs department equal to "Engineering", so ${ticket.app} does not provision them.`,
    );
    await expect(why.app(ticket.app).getByText("Not met")).toBeVisible();
    await why.keepScreenshot(testInfo, `scoping-filter-${viewport.width}`);
    await why.expectAnswerOnScreen(ticket.app);
  });
}
