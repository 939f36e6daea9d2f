import { describe, it, expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { INBOUND_FAILURE_KIND } from "@/lib/mail/notify-inbound-failure";
import { createScimOrg, ScimClient, USER_SCHEMA } from "./support/scim";

async function waitForMail(orgId: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await prisma.mailMessage.findMany({ where: { orgId, kind: INBOUND_FAILURE_KIND } });
    if (rows.length > 0 || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("inbound failure notifications", () => {
  it("mails the failure address once when SCIM requests fail, and not for successes", async () => {
    const org = await createScimOrg();
    const client = new ScimClient(org.token);
    expect((await client.get(`/Users?filter=${encodeURIComponent('userName eq "nobody@x.example"')}`)).status).toBe(
      200,
    );
    await prisma.organization.update({
      where: { id: org.orgId },
      data: { inboundFailureEmail: "idp-alerts@example.com" },
    });

    // A success sends nothing.
    expect((await client.get("/Users")).status).toBe(200);
    expect(await waitForMail(org.orgId, 1_000)).toHaveLength(0);

    const bad = await client.post("/Users", { schemas: [USER_SCHEMA], active: true });
    expect(bad.status).toBe(400);
    const again = await client.post("/Users", { schemas: [USER_SCHEMA], active: true });
    expect(again.status).toBe(400);

    const mails = await waitForMail(org.orgId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "idp-alerts@example.com", status: "outbox" });
    expect(mails[0]!.text).toContain("POST /scim/v2/Users");
    expect(mails[0]!.text).toContain("Status:  400");
  });
});
