// The 10-day deadline, Expired, Restart verification, the reminder email and the background re-checks, all on
// an injected clock (never slept), against a real DNS server and a real SMTP server.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { prisma } from "@/lib/db/client";
import { addDomain } from "@/lib/domains/add-domain";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { expireDomains } from "@/lib/domains/expire-domains";
import { restartVerification } from "@/lib/domains/restart-verification";
import { sendExpiryReminders, REMINDER_KIND } from "@/lib/domains/send-expiry-reminders";
import { recheckPendingDomains, recheckVerifiedDomains, RECORD_MISSING_KIND } from "@/lib/domains/recheck-domains";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { effectiveStatus } from "@/lib/domains/domain-status";
import { startDnsServer, type TestDnsServer } from "./support/dns-server";
import { startSmtpSink } from "./support/smtp-sink";
import { unique } from "./support/cli";

const DAY = 86_400_000;
let dns: TestDnsServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let orgId = "";
let admin = { id: "", label: "" };
// Far enough ahead that nothing else in the database is due at these times.
const T0 = new Date(Date.now() + 400 * DAY);
const at = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
  dns = await startDnsServer();
  sink = await startSmtpSink();
  process.env.DNS_SERVERS = dns.server;
  process.env.DOMAIN_VERIFY_HTTP_PORT = "1";
  const email = `${unique("admin")}@deadline.test`;
  const account = await prisma.account.create({ data: { email, name: "Ada Admin", passwordHash: "x" } });
  const org = await prisma.organization.create({
    data: {
      name: "Deadline Co",
      slug: unique("deadline"),
      memberships: { create: { accountId: account.id, role: "admin" } },
    },
  });
  orgId = org.id;
  admin = { id: account.id, label: email };
});
afterAll(async () => {
  delete process.env.DNS_SERVERS;
  delete process.env.DOMAIN_VERIFY_HTTP_PORT;
  delete process.env.SMTP_URL;
  await dns.close();
  await sink.close();
});

/** The text of a quoted-printable message body, as a mail client shows it. */
const decoded = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const newDomain = (issuedAt: Date) => addDomain(orgId, `${unique("d")}.test`, admin, issuedAt);

describe("the 10-day deadline", () => {
  it("refuses to verify after the deadline, even with the record published, and marks the domain Expired", async () => {
    const d = await newDomain(T0);
    dns.set(d.name, { txt: [[d.code]] });
    await expect(verifyDomain(d.id, admin, { now: at(10 * DAY) })).rejects.toMatchObject({
      code: "precondition_failed",
      message: expect.stringMatching(/expired.*Restart verification/),
    });
    const row = await prisma.domain.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.status).toBe("expired");
    expect(await prisma.auditEvent.count({ where: { targetId: d.id, action: "domain.expire" } })).toBe(1);
  });

  it("verifies one minute before the deadline", async () => {
    const d = await newDomain(T0);
    dns.set(d.name, { txt: [[d.code]] });
    expect((await verifyDomain(d.id, admin, { now: at(10 * DAY - 60_000) })).status).toBe("verified");
  });

  it("expires pending domains in the background job, once", async () => {
    const d = await newDomain(T0);
    expect(effectiveStatus(d, at(10 * DAY - 1))).toBe("pending");
    await expireDomains(at(10 * DAY - 1));
    expect((await prisma.domain.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("pending");
    expect(effectiveStatus(d, at(10 * DAY))).toBe("expired");
    expect(await expireDomains(at(10 * DAY))).toBeGreaterThanOrEqual(1);
    expect((await prisma.domain.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("expired");
    await expireDomains(at(11 * DAY));
    expect(await prisma.auditEvent.count({ where: { targetId: d.id, action: "domain.expire" } })).toBe(1);
  });

  it("restarts an expired verification with a new code and a new deadline; the old code no longer counts", async () => {
    const d = await newDomain(T0);
    await expect(restartVerification(d.id, admin, at(DAY))).rejects.toMatchObject({ code: "precondition_failed" });
    const restarted = await restartVerification(d.id, admin, at(12 * DAY));
    expect(restarted.status).toBe("pending");
    expect(restarted.code).not.toBe(d.code);
    expect(restarted.code).toMatch(/^logmein-verification-code=/);
    expect(restarted.issuedAt).toEqual(at(12 * DAY));
    expect(restarted.expiresAt).toEqual(at(22 * DAY));

    dns.set(d.name, { txt: [[d.code]] });
    const stale = await verifyDomain(d.id, admin, { now: at(13 * DAY) });
    expect(stale.status).toBe("pending");
    expect(stale.result!.dns.records[0]!.reason).toMatch(/not this domain's current one/);
    dns.set(d.name, { txt: [[restarted.code]] });
    expect((await verifyDomain(d.id, admin, { now: at(13 * DAY) })).status).toBe("verified");
    expect(await prisma.auditEvent.count({ where: { targetId: d.id, action: "domain.restart-verification" } })).toBe(1);
  });
});

describe("the reminder email", () => {
  it("goes out once, over SMTP, two days before the deadline", async () => {
    process.env.SMTP_URL = sink.url;
    const base = at(50 * DAY);
    const d = await newDomain(base);
    const mine = () => sink.received.filter((m) => m.raw.includes(d.name));
    await sendExpiryReminders(new Date(base.getTime() + 7 * DAY));
    expect(mine()).toHaveLength(0);
    await sendExpiryReminders(new Date(base.getTime() + 8 * DAY + 60_000));
    await sendExpiryReminders(new Date(base.getTime() + 9 * DAY));
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.to).toEqual([admin.label]);
    expect(decoded(mine()[0]!.raw)).toContain(`${d.name}. IN TXT "${d.code}"`);
    const row = await prisma.mailMessage.findFirstOrThrow({
      where: { orgId, kind: REMINDER_KIND, subject: { contains: d.name } },
    });
    expect(row).toMatchObject({ status: "sent", to: admin.label });
    expect(row.subject).toBe(`[Org Center] Verify ${d.name} within 1 day 23 hours`);
  });

  it("waits in the console outbox when SMTP_URL is not set", async () => {
    delete process.env.SMTP_URL;
    const base = at(60 * DAY);
    const d = await newDomain(base);
    await sendExpiryReminders(new Date(base.getTime() + 9 * DAY));
    const row = await prisma.mailMessage.findFirstOrThrow({
      where: { orgId, kind: REMINDER_KIND, subject: { contains: d.name } },
    });
    expect(row.status).toBe("outbox");
    expect(row.text).toContain(`${d.name}. IN TXT "${d.code}"`);
  });
});

describe("background re-checks", () => {
  it("verifies a pending domain without a click, after a few minutes' grace", async () => {
    const base = at(100 * DAY);
    const d = await newDomain(base);
    dns.set(d.name, { txt: [[d.code]] });
    await recheckPendingDomains(new Date(base.getTime() + 60_000));
    expect((await prisma.domain.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("pending");
    const run = await recheckPendingDomains(new Date(base.getTime() + 6 * 60_000));
    expect(run.verified).toBeGreaterThanOrEqual(1);
    const row = await prisma.domain.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "verified", method: "dns" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: d.id, action: "domain.verify" } });
    expect(audit.actorLabel).toBe("background check");
  });

  it("re-checks verified domains daily: a missing record raises a warning and one email, a restored one clears it", async () => {
    const base = at(200 * DAY);
    const d = await newDomain(base);
    dns.set(d.name, { txt: [[d.code]] });
    await verifyDomain(d.id, admin, { now: base });
    const operator = await markDomainVerified(orgId, `${unique("airgapped")}.test`, admin, base);

    await recheckVerifiedDomains(new Date(base.getTime() + 12 * 3_600_000));
    expect((await prisma.domain.findUniqueOrThrow({ where: { id: d.id } })).lastCheckedAt).toEqual(base);

    dns.remove(d.name);
    await recheckVerifiedDomains(new Date(base.getTime() + DAY));
    let row = await prisma.domain.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.status).toBe("verified");
    expect(row.warning).toMatch(/verification record was not found at the daily check/);
    await recheckVerifiedDomains(new Date(base.getTime() + 2 * DAY));
    expect(
      await prisma.mailMessage.count({ where: { orgId, kind: RECORD_MISSING_KIND, subject: { contains: d.name } } }),
    ).toBe(1);

    dns.set(d.name, { txt: [[d.code]] });
    await recheckVerifiedDomains(new Date(base.getTime() + 3 * DAY));
    row = await prisma.domain.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.warning).toBeNull();
    // Operator-verified domains have nothing to re-check.
    expect((await prisma.domain.findUniqueOrThrow({ where: { id: operator.id } })).lastCheckedAt).toEqual(base);
  });
});
