import { expect, type Page } from "@playwright/test";

// The mapping screens of an app: Attribute Mapping (Edit attribute, preview, save) and version history.
export class MappingsPage {
  constructor(
    private readonly page: Page,
    private readonly orgSlug: string,
    private readonly appId: string,
  ) {}

  async openUserMapping() {
    await this.page.goto(`/o/${this.orgSlug}/apps/${this.appId}/mappings/user`);
    await expect(this.page.getByRole("heading", { name: /Provision users/ })).toBeVisible();
  }

  /** Opens Edit attribute for a target; retried because a click before hydration does nothing. */
  async editAttribute(target: string) {
    await expect(async () => {
      await this.page.getByRole("button", { name: `Edit ${target}`, exact: true }).click();
      await expect(this.page.getByRole("heading", { name: "Edit attribute" })).toBeVisible({ timeout: 2_000 });
    }).toPass();
  }

  async addNewMapping() {
    await expect(async () => {
      await this.page.getByRole("button", { name: "Add New Mapping" }).click();
      await expect(this.page.getByRole("heading", { name: "Edit attribute" })).toBeVisible({ timeout: 2_000 });
    }).toPass();
  }

  row(target: string) {
    return this.page
      .getByRole("table", { name: "Attribute mappings" })
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: target, exact: true }) });
  }

  async ok() {
    await this.page.getByRole("button", { name: "Ok" }).click();
    await expect(this.page.getByRole("heading", { name: "Edit attribute" })).toBeHidden();
  }

  async preview() {
    await this.page.getByRole("button", { name: "Preview changes" }).click();
    await expect(this.page.getByRole("heading", { name: "Preview of the next cycle" })).toBeVisible();
  }

  async save(comment: string) {
    await this.page.getByLabel("Comment (optional)").fill(comment);
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.page.getByText(/Saved as version \d+/)).toBeVisible();
  }

  async openHistory() {
    await this.page.goto(`/o/${this.orgSlug}/apps/${this.appId}/mappings/history`);
    await expect(this.page.getByRole("heading", { name: /Mapping version history/ })).toBeVisible();
  }
}
