import { describe, it, expect, beforeAll } from "vitest";
import { HttpSession } from "./support/http-session";
import { runCli, unique } from "./support/cli";

const PASSWORD = "integration-password";

async function createAccount(email: string) {
  const r = await runCli(
    "account",
    "create",
    "--email",
    email,
    "--name",
    "Test Person",
    "--password",
    PASSWORD,
    "--json",
  );
  expect(r.status, r.stderr).toBe(0);
}

describe("sign-in and server-side role checks over HTTP", () => {
  const adminEmail = `${unique("admin")}@example.com`;
  const helpEmail = `${unique("help")}@example.com`;
  const outsiderEmail = `${unique("outsider")}@example.com`;
  let slug = "";

  beforeAll(async () => {
    for (const email of [adminEmail, helpEmail, outsiderEmail]) await createAccount(email);
    const org = await runCli("org", "create", "--name", unique("Acme"), "--owner", adminEmail, "--json");
    expect(org.status, org.stderr).toBe(0);
    slug = org.json<{ slug: string }>().slug;
    expect(
      (await runCli("member", "set-role", "--org", slug, "--email", helpEmail, "--role", "help-desk")).status,
    ).toBe(0);
  });

  it("redirects a signed-out visitor to the sign-in page", async () => {
    const res = await new HttpSession().fetch(`/o/${slug}/settings`);
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toContain("/sign-in");
  });

  it("refuses a wrong password and accepts the right one", async () => {
    const session = new HttpSession();
    expect(await session.signIn(adminEmail, "not-the-password", "198.51.100.1")).toBe(
      "The email or password is incorrect.",
    );
    expect(await session.signIn(adminEmail, PASSWORD, "198.51.100.1")).toBeNull();
    const me = (await (await session.fetch("/api/auth/session")).json()) as { user?: { email?: string } };
    expect(me.user?.email).toBe(adminEmail);
  });

  it("gives an admin the settings page, a help desk 403, an outsider 404", async () => {
    const expectations: [string, number][] = [
      [adminEmail, 200],
      [helpEmail, 403],
      [outsiderEmail, 404],
    ];
    for (const [email, status] of expectations) {
      const session = new HttpSession();
      expect(await session.signIn(email, PASSWORD, "198.51.100.2")).toBeNull();
      const res = await session.fetch(`/o/${slug}/settings`);
      expect(res.status, email).toBe(status);
    }
  });

  it("lets a help desk read the directory", async () => {
    const session = new HttpSession();
    expect(await session.signIn(helpEmail, PASSWORD, "198.51.100.3")).toBeNull();
    expect((await session.fetch(`/o/${slug}/directory/users`)).status).toBe(200);
  });

  it("rate-limits repeated failures for one email with a clear message", async () => {
    const email = `${unique("locked")}@example.com`;
    await createAccount(email);
    const session = new HttpSession();
    const errors: (string | null)[] = [];
    for (let i = 0; i < 6; i++) errors.push(await session.signIn(email, "wrong-password", "198.51.100.4"));
    expect(errors.slice(0, 5)).toEqual(Array(5).fill("The email or password is incorrect."));
    expect(errors[5]).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
    // Even the right password is refused while the window lasts.
    expect(await session.signIn(email, PASSWORD, "198.51.100.4")).toMatch(/^Too many sign-in attempts/);
  });
});
