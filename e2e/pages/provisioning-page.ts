import { expect, type Page } from "@playwright/test";

// An enterprise app's pages: creation, Users and groups, and Provisioning.
export class ProvisioningPage {
  constructor(
    private readonly page: Page,
    private readonly orgSlug: string,
  ) {}

  async createApp(name: string, kind: "LogMeIn" | "Custom SCIM app") {
    await this.page.goto(`/o/${this.orgSlug}/apps/new`);
    await expect(async () => {
      await this.page.getByRole("radio", { name: new RegExp(`^${kind}`) }).check();
      await this.page.getByLabel("Name").fill(name);
      await this.page.getByRole("button", { name: "Create" }).click();
      await expect(this.page.getByRole("heading", { name })).toBeVisible({ timeout: 5_000 });
    }).toPass();
    await expect(this.page.getByRole("link", { name: "Provisioning", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  }

  mode() {
    return this.page.getByLabel("Provisioning Mode");
  }

  /** Automatic shows Admin Credentials; retried because a change before hydration is reset by React. */
  async chooseAutomatic() {
    await expect(async () => {
      await this.mode().selectOption("automatic");
      await expect(this.page.getByRole("group", { name: "Admin Credentials" })).toBeVisible({ timeout: 2_000 });
    }).toPass();
  }

  async testConnection() {
    await this.page.getByRole("button", { name: "Test Connection" }).click();
  }

  async assignGroup(group: string) {
    await this.page.getByRole("link", { name: "Users and groups" }).click();
    await this.page.getByLabel("Type").selectOption("group");
    await this.page.getByLabel("Group name or user principal name").fill(group);
    await this.page.getByRole("button", { name: "Assign" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: `Assigned group ${group}.` })).toBeVisible();
  }

  progress() {
    return this.page.getByRole("progressbar");
  }
}
