// Sends an email over SMTP (nodemailer, SMTP_URL) and records it; without SMTP_URL it lands in the outbox.
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

export type MailInput = { orgId?: string | null; kind: string; to: string; subject: string; text: string };

let transport: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Org Center <no-reply@org-center.local>";
}

export async function sendMail(input: MailInput) {
  const smtpUrl = process.env.SMTP_URL;
  const base = { orgId: input.orgId ?? null, kind: input.kind, to: input.to, subject: input.subject, text: input.text };
  if (!smtpUrl) return prisma.mailMessage.create({ data: { ...base, status: "outbox" } });
  try {
    await transporter(smtpUrl).sendMail({ from: mailFrom(), to: input.to, subject: input.subject, text: input.text });
    return prisma.mailMessage.create({ data: { ...base, status: "sent", sentAt: new Date() } });
  } catch (error) {
    // The SMTP URL may hold credentials: record the server's message only.
    const message =
      (error as { response?: string; message?: string }).response ?? (error as Error).message ?? "send failed";
    logger.error(
      { component: "mail", kind: input.kind, to: input.to },
      `Sending "${input.subject}" to ${input.to} failed: ${message}`,
    );
    return prisma.mailMessage.create({ data: { ...base, status: "failed", error: message.slice(0, 500) } });
  }
}
