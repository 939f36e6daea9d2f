import { expect, type Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  }

  async signIn(email: string, password: string) {
    // A click before hydration is lost: retry the first step until the password field shows.
    await expect(async () => {
      await this.page.getByLabel("Email address").fill(email);
      await this.page.getByRole("button", { name: "Next" }).click();
      await expect(this.page.getByLabel("Password")).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign In" }).click();
  }
}
