// Ticket: "Fay, a fabrikam.com contractor, never got an account" — the target refuses her domain. One search (by her
// UPN) and one click give the reason and the fix, and the failed entry one more click away.
import { expect, test } from "@playwright/test";
import { HELP_DESK } from "./fixtures/accounts";
import { WhyPage } from "./pages/why-page";
import { Ticket, VIEWPORTS } from "./support/helpdesk-tickets";

test.describe.configure({ mode: "serial" });
test.use({ storageState: HELP_DESK.state });

const ticket = new Ticket();
const fay = ticket.person("Fay", { upn: `fay.${ticket.tag}@fabrikam.com` });

test.beforeAll(() => {
  ticket.importPeople([ticket.person("Omar"), fay]);
  ticket.createApp();
  ticket.cycle();
});

for (const viewport of VIEWPORTS) {
  test(`failing on an unverified domain: the answer names the domain and the fix (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const why = new WhyPage(page);
    await why.goto(ticket.org);
    await why.search(fay.upn);
    await why.openPerson(`${fay.first} ${fay.last}`);
    await why.expectAnswer(
      ticket.app,
      `${ticket.app} refused Fay because fabrikam.com is not a verified domain of the organization it provisions into: an admin must verify fabrikam.com there, or keep fabrikam.com people out of ${ticket.app}.`,
    );
    await expect(why.app(ticket.app).getByText(/Create · Failure/)).toBeVisible();
    await why.keepScreenshot(testInfo, `unverified-domain-${viewport.width}`);
    await why.expectAnswerOnScreen(ticket.app);
    await why.app(ticket.app).getByRole("link", { name: "Open the log entry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${fay.first} ${fay.last}` })).toBeVisible();
    // Every log entry leads back to the explanation.
    await page.getByRole("link", { name: /^Why\? Explain this person's access/ }).click();
    await expect(why.app(ticket.app)).toBeVisible();
  });
}
