// Page objects for the log viewers: the provisioning log list (filters, rows, downloads) and an entry's detail.
import fs from "node:fs";
import { expect, type Download, type Page } from "@playwright/test";

export class ProvisioningLogsPage {
  constructor(private readonly page: Page) {}

  readonly filters = () => this.page.getByRole("form", { name: "Filter the provisioning log" });
  readonly table = () => this.page.getByRole("table", { name: "Provisioning log entries" });
  readonly rows = () => this.table().locator("tbody tr");

  async goto(orgSlug: string, query = "") {
    await this.page.goto(`/o/${orgSlug}/logs${query ? `?${query}` : ""}`);
  }

  /** Types an identity and applies it; retried because a click before hydration is lost. */
  async searchIdentity(text: string) {
    await expect(async () => {
      await this.filters().getByLabel("Identity").fill(text);
      await this.filters().getByRole("button", { name: "Apply" }).click();
      await expect(this.page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "\\+")}`), {
        timeout: 3_000,
      });
    }).toPass();
  }

  async filterStatus(status: string) {
    await this.filters().getByLabel("Status").selectOption(status);
    await expect(this.page).toHaveURL(new RegExp(`status=${status}`));
  }

  async toggleHideOutOfScope() {
    await this.filters().getByLabel("Hide out-of-scope skipped").click();
    await expect(this.page).toHaveURL(/hideOutOfScope=1/);
  }

  async download(format: "CSV" | "JSON"): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("link", { name: `Download ${format}` }).click(),
    ]);
    return { download, text: fs.readFileSync((await download.path())!, "utf8") };
  }
}

export class LogEntryPage {
  constructor(private readonly page: Page) {}

  async openTab(name: "Steps" | "Troubleshooting & Recommendations" | "Modified properties" | "Summary") {
    const tab = this.page.getByRole("tab", { name });
    await expect(async () => {
      await tab.click();
      await expect(tab).toHaveAttribute("aria-selected", "true", { timeout: 2_000 });
    }).toPass();
    return this.page.getByRole("tabpanel", { name });
  }
}

export { csvRecords } from "@/tests/support/parse-csv";
