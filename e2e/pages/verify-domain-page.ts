import { expect, type Page } from "@playwright/test";

/** The Verify-your-domain screen (onboarding at /welcome and a domain's page in the console). */
export class VerifyDomainPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { name: "Verify your domain" });
  }

  status() {
    return this.page.getByTestId("domain-status");
  }

  result() {
    return this.page.getByRole("region", { name: "Verification result" });
  }

  async code(): Promise<string> {
    return ((await this.page.getByTestId("verification-code").textContent()) ?? "").trim();
  }

  /** Clicks Verify until the click is handled (a click before hydration is lost) and `done` holds. */
  async verify(done: () => Promise<void>) {
    await expect(async () => {
      await this.page.getByRole("button", { name: "Verify", exact: true }).click({ timeout: 2_000 });
      await done();
    }).toPass({ timeout: 30_000 });
  }

  async restart(done: () => Promise<void>) {
    await expect(async () => {
      await this.page.getByRole("button", { name: "Restart verification" }).click({ timeout: 2_000 });
      await done();
    }).toPass({ timeout: 30_000 });
  }
}
