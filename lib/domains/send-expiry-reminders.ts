// A reminder email two days before a pending domain's deadline, sent once (claimed in the database, so
// several instances never send it twice).
import { prisma } from "@/lib/db/client";
import { REMINDER_BEFORE_MS, timeLeft } from "./domain-status";
import { formatUtc } from "@/lib/console/format-date";
import { verificationFileUrl } from "./fetch-verification-file";
import { consoleUrl, mailDomainRecipients } from "./notify-domain-admins";

export const REMINDER_KIND = "domain.expiry-reminder";

export async function sendExpiryReminders(now: Date): Promise<number> {
  const due = await prisma.domain.findMany({
    where: {
      status: "pending",
      reminderSentAt: null,
      expiresAt: { gt: now, lte: new Date(now.getTime() + REMINDER_BEFORE_MS) },
    },
    select: {
      id: true,
      name: true,
      code: true,
      orgId: true,
      ownerAccountId: true,
      expiresAt: true,
      org: { select: { slug: true } },
    },
    take: 200,
  });
  let sent = 0;
  for (const d of due) {
    const { count } = await prisma.domain.updateMany({
      where: { id: d.id, reminderSentAt: null, status: "pending" },
      data: { reminderSentAt: now },
    });
    if (count !== 1) continue;
    const screen = consoleUrl(d.org ? `/o/${d.org.slug}/domains/${d.id}` : "/welcome");
    const text = [
      `The verification of ${d.name} expires on ${formatUtc(d.expiresAt)} (${timeLeft(d.expiresAt, now)}).`,
      "",
      "Publish this DNS TXT record at the domain:",
      `  ${d.name}. IN TXT "${d.code}"`,
      `or serve a file at ${verificationFileUrl(d.name, 80)} whose whole content is:`,
      `  ${d.code}`,
      "",
      `Then click Verify on ${screen}`,
      "After the deadline the code expires and verification has to be restarted with a new code.",
    ].join("\n");
    await mailDomainRecipients(
      d,
      REMINDER_KIND,
      `[Org Center] Verify ${d.name} within ${timeLeft(d.expiresAt, now).replace(/ left$/, "")}`,
      text,
    );
    sent++;
  }
  return sent;
}
