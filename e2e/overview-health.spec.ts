// Issue 11 item 9: the Overview's provisioning health at a glance, at 390×844 and 1440×900 — per-app status with its
// failures in 24 hours linking to the filtered log, the 14-day outcome chart and the 24-hour SCIM request chart with
// their table alternatives, pending domains with a countdown — and the same outcome chart on the app's page.
import { test, expect } from "@playwright/test";
import { ADMIN, DEMO_ORG_SLUG } from "./fixtures/accounts";
import { cli, uniqueName } from "./support/cli";
import { seedPersonLogs } from "./pages/logs-data";

const base = `/o/${DEMO_ORG_SLUG}`;
const SHOTS = process.env.RESPONSIVE_SHOTS_DIR;
test.use({ storageState: ADMIN.state });

for (const vp of [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
]) {
  test(`at ${vp.width}×${vp.height} the Overview shows each app's health, both charts with their tables and pending domains`, async ({
    page,
  }) => {
    // Three CLI processes seed the app, its log entries and a pending domain before the page is read.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: vp.width, height: vp.height });
    const appName = uniqueName("Health app for the northern region sales team");
    const app = cli<{ id: string }>(
      "app",
      "create",
      "--org",
      DEMO_ORG_SLUG,
      "--name",
      appName,
      "--tenant-url",
      "https://scim.example.com/v2",
      "--token",
      "not-used",
    );
    const person = {
      displayName: `Hazel Health${uniqueName("h")
        .replace(/[^a-z]/g, "")
        .slice(-6)}`,
      upn: `hazel.${uniqueName("h").replace(/[^a-z0-9]/g, "")}@contoso.com`,
    };
    seedPersonLogs(DEMO_ORG_SLUG, person, ["update", "failure", "failure"], app.id);
    const domain = `${uniqueName("pending").replace(/[^a-z0-9-]/g, "")}.example`;
    cli("domain", "add", "--org", DEMO_ORG_SLUG, "--domain", domain);

    await page.goto(base);
    const health = page.getByRole("table", { name: "Provisioning health per enterprise app" });
    const row = health.getByRole("row").filter({ hasText: appName });
    await expect(row).toContainText("Off");
    await expect(row.getByRole("link", { name: "2 failed" })).toBeVisible();
    for (const chart of [/^Provisioning outcomes:/, /^Inbound SCIM requests per hour:/]) {
      await expect(
        page.getByRole("img", { name: chart }).locator("svg.recharts-surface[role=application]"),
      ).toBeVisible();
    }
    await expect(page.getByText("Pending domains")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: domain })).toContainText(/\d+ days? .*left to verify/);
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(width.scroll).toBeLessThanOrEqual(width.inner);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${vp.name}-overview-health.png`, fullPage: true });

    // The table alternative of the outcome chart has today's numbers; a number opens those log entries.
    await page.getByText("Show the numbers as a table").first().click();
    const outcomes = page.getByRole("table", { name: "Provisioning outcomes, per day (UTC)" });
    const today = new Date().toISOString().slice(0, 10);
    const todayRow = outcomes.getByRole("row", { name: new RegExp(`^${today}`) });
    await expect(todayRow).toBeVisible();
    expect(Number((await todayRow.getByRole("cell").nth(1).innerText()).replace(/,/g, ""))).toBeGreaterThanOrEqual(2);

    // The failures link opens the provisioning log filtered to that app, its failures and the last 24 hours.
    await row.getByRole("link", { name: "2 failed" }).click();
    await expect(page).toHaveURL(new RegExp(`/logs\\?app=${app.id}&status=Failure&range=24h`));
    const logRows = page.getByRole("table", { name: "Provisioning log entries" }).locator("tbody tr");
    await expect(logRows).toHaveCount(2);
    for (const r of await logRows.all()) await expect(r).toContainText(person.displayName);

    // The app's provisioning page has the same outcome chart for that app alone.
    await page.goto(`${base}/apps/${app.id}/provisioning`);
    await expect(
      page
        .getByRole("img", { name: new RegExp(`^Provisioning outcomes of ${appName}:`) })
        .locator("svg.recharts-surface[role=application]"),
    ).toBeVisible();
    await page.getByText("Show the numbers as a table").click();
    const appToday = page
      .getByRole("table", { name: `Provisioning outcomes of ${appName}, per day (UTC)` })
      .getByRole("row", { name: new RegExp(`^${today}`) });
    await expect(appToday.getByRole("cell")).toHaveText(["1", "2", "0", "0"]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${vp.name}-app-provisioning.png`, fullPage: true });
  });
}
