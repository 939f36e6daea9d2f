// Provisioning email through a real SMTP server (npm smtp-server on loopback): the per-cycle failure digest.
// Without SMTP_URL the same mail lands in the console's outbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { saveProvisioningSettings } from "@/lib/provisioning/provisioning-job/save-settings";
import { startSmtpSink } from "./support/smtp-sink";
import { importRows, provisioningScenario, runCycleNow } from "./support/provisioning";

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

const settings = {
  mode: "automatic" as const,
  scope: "assigned" as const,
  enabled: false,
  intervalMinutes: 40,
  preventDeletes: true,
  deleteThreshold: 500,
  notifyOnFailure: true,
};

describe("provisioning notifications", () => {
  it("mails a failure digest over SMTP naming each failed object, its error code and what to do", async () => {
    const s = await provisioningScenario({ users: 2 });
    // Two users in a domain the target organization has not verified: the target refuses them (400).
    const group = s.group;
    await importRows(s.orgId, [
      { upn: "mallory@unverified.example", displayName: "Mallory Unverified", groups: [group] },
      { upn: "trent@unverified.example", displayName: "Trent Unverified", groups: [group] },
    ]);
    await saveProvisioningSettings(
      s.orgId,
      s.appId,
      { ...settings, notificationEmail: "it-ops@example.com" },
      CLI_ACTOR,
    );
    process.env.SMTP_URL = smtp.url;
    const result = await runCycleNow(s.jobId);
    delete process.env.SMTP_URL;
    expect(result.status).toBe("completed");
    expect(result.counts.users).toMatchObject({ created: 2, failed: 2 });

    const mail = smtp.received.find((m) => m.raw.includes("Provisioning failures in"))!;
    expect(mail).toBeDefined();
    expect(mail.to).toEqual(["it-ops@example.com"]);
    const body = mail.raw.replace(/=\r\n/g, "");
    expect(body).toContain("2 object(s) failed");
    expect(body).toContain("mallory@unverified.example (Create): SystemForCrossDomainIdentityManagementBadRequest");
    expect(body).toContain("trent@unverified.example");
    expect(body).toMatch(/Verify the user's domain/);
    expect(body).toContain(`/apps/${s.appId}/provisioning`);
    expect(
      await prisma.mailMessage.findFirst({ where: { orgId: s.orgId, kind: "provisioning.failure-digest" } }),
    ).toMatchObject({ status: "sent" });

    // The next incremental cycle retries the two failures (and mails again, to the outbox now).
    const again = await runCycleNow(s.jobId);
    expect(again.counts.users.failed).toBe(2);
    expect(
      await prisma.mailMessage.findFirst({
        where: { orgId: s.orgId, kind: "provisioning.failure-digest", status: "outbox" },
      }),
    ).not.toBeNull();
  });

  it("sends nothing when the checkbox is off", async () => {
    const s = await provisioningScenario({ users: 0, assign: "none" });
    await importRows(s.orgId, [{ upn: "eve@unverified.example", displayName: "Eve Unverified", groups: [s.group] }]);
    const { assignPrincipal } = await import("@/lib/provisioning/apps/assignments");
    await assignPrincipal(s.orgId, s.appId, { type: "group", ref: s.group }, CLI_ACTOR);
    await saveProvisioningSettings(
      s.orgId,
      s.appId,
      { ...settings, notifyOnFailure: false, notificationEmail: "it-ops@example.com" },
      CLI_ACTOR,
    );
    const result = await runCycleNow(s.jobId);
    expect(result.counts.users.failed).toBe(1);
    expect(await prisma.mailMessage.count({ where: { orgId: s.orgId } })).toBe(0);
  });
});
