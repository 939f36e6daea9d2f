import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { prisma } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";
import { notifyInboundFailure, INBOUND_FAILURE_KIND } from "@/lib/mail/notify-inbound-failure";
import { startSmtpSink } from "./support/smtp-sink";
import { unique } from "./support/cli";

describe("mail", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let orgId = "";

  beforeAll(async () => {
    sink = await startSmtpSink();
    const org = await prisma.organization.create({
      data: { name: "Mail Co", slug: unique("mail-co"), inboundFailureEmail: "alerts@mail.example" },
    });
    orgId = org.id;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await sink.close();
  });

  it("keeps mail in the outbox when SMTP is not configured", async () => {
    delete process.env.SMTP_URL;
    const row = await sendMail({ orgId, kind: "test", to: "a@mail.example", subject: "Hello outbox", text: "body" });
    expect(row.status).toBe("outbox");
    expect(sink.received.find((m) => m.raw.includes("Hello outbox"))).toBeUndefined();
  });

  it("delivers over SMTP to a real server", async () => {
    process.env.SMTP_URL = sink.url;
    const row = await sendMail({ orgId, kind: "test", to: "b@mail.example", subject: "Hello SMTP", text: "line one" });
    expect(row.status).toBe("sent");
    const got = sink.received.find((m) => m.raw.includes("Subject: Hello SMTP"));
    expect(got?.to).toEqual(["b@mail.example"]);
    expect(got?.raw).toContain("line one");
  });

  it("records a failure, without losing the message, when the SMTP server is unreachable", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const row = await sendMail({ orgId, kind: "test", to: "c@mail.example", subject: "Unreachable", text: "kept" });
    expect(row.status).toBe("failed");
    expect(row.error).toBeTruthy();
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id: row.id } })).text).toBe("kept");
  });

  it("notifies the inbound-failure address once per quiet period", async () => {
    process.env.SMTP_URL = sink.url;
    const before = sink.received.length;
    const failure = {
      method: "POST",
      path: "/scim/v2/Users",
      status: 400,
      detail: "userName is required",
      tokenName: "Entra",
    };
    const results = await Promise.all([
      notifyInboundFailure(orgId, failure),
      notifyInboundFailure(orgId, failure),
      notifyInboundFailure(orgId, failure),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const mails = sink.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(["alerts@mail.example"]);
    expect(mails[0]!.raw).toContain("POST /scim/v2/Users");
    expect(await prisma.mailMessage.count({ where: { orgId, kind: INBOUND_FAILURE_KIND } })).toBe(1);
  });

  it("does not notify an organization without a failure address", async () => {
    const quiet = await prisma.organization.create({ data: { name: "Quiet", slug: unique("quiet") } });
    expect(await notifyInboundFailure(quiet.id, { method: "GET", path: "/scim/v2/Users", status: 400 })).toBe(false);
  });
});
