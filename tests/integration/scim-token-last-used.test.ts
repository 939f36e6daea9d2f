// A SCIM token records when it was last used (shown on the Settings page), also when the request only reads: a GET
// reads the token's row in the read it answers from (handle-scim-request.ts), and the write of lastUsedAt follows
// that read rather than waiting inside it for the turn it holds.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { createScimOrg, createUser } from "./support/scim";

async function lastUsedAt(token: string): Promise<Date | null> {
  const row = await prisma.scimToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
  return row.lastUsedAt;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("SCIM token lastUsedAt", () => {
  it("is set by a GET of users, of one user and of groups, which answer as usual", async () => {
    const org = await createScimOrg();
    expect(await lastUsedAt(org.token)).toBeNull();
    const started = Date.now();

    const list = await org.client.get("/Users?count=1");
    expect(list.status).toBe(200);
    const used = await eventually(
      () => lastUsedAt(org.token),
      (value) => value !== null,
    );
    expect(used?.getTime()).toBeGreaterThanOrEqual(started - 1000);

    const user = await createUser(org.client, { userName: org.email() });
    expect((await org.client.get(`/Users/${user.id}`)).body.userName).toBe(user.userName);
    expect((await org.client.filter("Users", `userName eq "${user.userName}"`)).body.totalResults).toBe(1);
    expect((await org.client.get("/Groups")).status).toBe(200);
  });
});
