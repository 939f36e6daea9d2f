import { expect, type Page } from "@playwright/test";

// The Authorize consent screen at /oauth/authorize.
export class ConsentPage {
  constructor(private readonly page: Page) {}

  async goto(query: URLSearchParams) {
    await this.page.goto(`/oauth/authorize?${query.toString()}`);
  }

  async expectFor(clientName: string) {
    await expect(this.page.getByRole("heading", { name: `Connect ${clientName} to Org Center` })).toBeVisible();
    await expect(this.page.getByText("Read and write users and groups over SCIM")).toBeVisible();
  }

  organizationSelect() {
    return this.page.getByLabel("Organization");
  }

  async allow() {
    await this.page.getByRole("button", { name: "Allow" }).click();
  }

  async deny() {
    await this.page.getByRole("button", { name: "Deny" }).click();
  }
}
