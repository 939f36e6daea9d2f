// Who hears about a domain by email: the account that added it, or else the organization's admins.
import { prisma } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";

export async function domainRecipients(domain: {
  orgId: string | null;
  ownerAccountId: string | null;
}): Promise<string[]> {
  const owner = domain.ownerAccountId
    ? await prisma.account.findUnique({ where: { id: domain.ownerAccountId }, select: { email: true } })
    : null;
  if (owner && !domain.orgId) return [owner.email];
  const admins = domain.orgId
    ? await prisma.membership.findMany({
        where: { orgId: domain.orgId, role: "admin" },
        select: { account: { select: { email: true } } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const emails = [...(owner ? [owner.email] : []), ...admins.map((a) => a.account.email)];
  return [...new Set(emails)];
}

export function consoleUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${path}`;
}

export async function mailDomainRecipients(
  domain: { orgId: string | null; ownerAccountId: string | null },
  kind: string,
  subject: string,
  text: string,
): Promise<number> {
  const to = await domainRecipients(domain);
  for (const address of to) await sendMail({ orgId: domain.orgId, kind, to: address, subject, text });
  return to.length;
}
