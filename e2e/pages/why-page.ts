// Page object for "Why?" (issue 15): the one search box, its results, and a person's explanation per app.
import { expect, type Page, type TestInfo } from "@playwright/test";

export class WhyPage {
  constructor(private readonly page: Page) {}

  async goto(orgSlug: string) {
    await this.page.goto(`/o/${orgSlug}/why`);
  }

  /** One search: type and press Enter (a plain GET form, so it works before hydration too). */
  async search(text: string) {
    const box = this.page.getByRole("searchbox", { name: "Find a person or group" });
    await box.fill(text);
    await box.press("Enter");
    await expect(this.page).toHaveURL(/[?&]q=/);
  }

  /** The one click from the results to the person's explanation. */
  async openPerson(displayName: string) {
    await this.page.getByRole("link", { name: displayName, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: displayName })).toBeVisible();
  }

  /** The explanation's section for one app. */
  app(name: string) {
    return this.page.getByRole("region", { name, exact: true });
  }

  async expectAnswer(appName: string, answer: string | RegExp) {
    await expect(
      this.app(appName)
        .locator("p")
        .filter({ hasText: /^Answer: / })
        .first(),
    ).toHaveText(
      typeof answer === "string" ? `Answer: ${answer}` : new RegExp(`^Answer: ${answer.source.replace(/^\^/, "")}`),
    );
  }

  /** A full-page screenshot kept with the test's results, to look at the screen as a person would. */
  async keepScreenshot(testInfo: TestInfo, name: string) {
    const file = testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(name, { path: file, contentType: "image/png" });
  }

  /** The app's answer is read without scrolling sideways: it lies within the screen's width. */
  async expectAnswerOnScreen(appName: string) {
    const box = await this.app(appName)
      .locator("p")
      .filter({ hasText: /^Answer: / })
      .first()
      .boundingBox();
    const width = this.page.viewportSize()!.width;
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
}
