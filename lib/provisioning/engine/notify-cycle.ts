// Provisioning email (PRODUCT.md §5): a failure digest per cycle, quarantine, and accidental-deletion holds, to
// the job's Notification Email when "Send an email notification when a failure occurs" is checked. SMTP_URL sends
// over SMTP; without it the console's outbox keeps them (lib/mail/send-mail.ts).
import { prisma } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";
import { listCycleFailures } from "@/lib/logs/list-cycle-failures";
import type { ProvisioningJob } from "@/lib/db/generated/sqlite/client";
import type { Verdict } from "./health";
import type { CycleCounts } from "./types";

type Input = {
  job: ProvisioningJob;
  appName: string;
  cycleId: string;
  type: string;
  counts: CycleCounts;
  quarantine: Verdict | null;
  hold: { count: number; reason: string } | null;
};

async function pageUrl(job: ProvisioningJob): Promise<string> {
  const org = await prisma.organization.findUnique({ where: { id: job.orgId }, select: { slug: true } });
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
  return `${base}/o/${org?.slug ?? job.orgId}/apps/${job.appId}/provisioning`;
}

export async function notifyCycle(input: Input): Promise<void> {
  const { job, appName, counts } = input;
  if (!job.notifyOnFailure || !job.notificationEmail) return;
  const to = job.notificationEmail;
  const url = await pageUrl(job);
  const failed = counts.users.failed + counts.groups.failed;
  if (failed > 0) {
    const entries = await listCycleFailures(input.cycleId, 25);
    const lines = entries.map(
      (e) =>
        `- ${e.objectType} ${e.sourceIdentity ?? e.displayName} (${e.action}): ${e.errorCode}\n  ${e.errorReason}\n  What to do: ${e.recommendation}`,
    );
    await sendMail({
      orgId: job.orgId,
      kind: "provisioning.failure-digest",
      to,
      subject: `Provisioning failures in ${appName}: ${failed} object(s) failed`,
      text: [
        `The ${input.type} provisioning cycle of ${appName} finished with ${failed} failure(s) (users: ${counts.users.failed}, groups: ${counts.groups.failed}).`,
        `Created ${counts.users.created} users, updated ${counts.users.updated}, disabled ${counts.users.disabled}, deleted ${counts.users.deleted}.`,
        "",
        ...lines,
        failed > entries.length
          ? `… and ${failed - entries.length} more in the provisioning logs (cycle ${input.cycleId}).`
          : `Cycle id: ${input.cycleId}`,
        "",
        `Provisioning page: ${url}`,
      ].join("\n"),
    });
  }
  if (input.quarantine) {
    const r = input.quarantine.request;
    await sendMail({
      orgId: job.orgId,
      kind: "provisioning.quarantine",
      to,
      subject: `${appName} provisioning is in quarantine`,
      text: [
        `Provisioning for ${appName} was put in quarantine: ${input.quarantine.reason}`,
        `Error code: ${input.quarantine.code}`,
        r ? `Failing request: ${r.method} ${r.path} → ${r.status ?? r.error ?? "no answer"}` : "",
        "",
        "Cycles are retried at growing intervals (at most once a day); after four weeks in quarantine provisioning is turned off.",
        `Fix the cause, then use Restart provisioning or Sync now: ${url}`,
      ]
        .filter((l) => l !== "")
        .join("\n"),
    });
  }
  if (input.hold) {
    await sendMail({
      orgId: job.orgId,
      kind: "provisioning.deletion-hold",
      to,
      subject: `${appName}: ${input.hold.count} deletion(s) held by accidental-deletion prevention`,
      text: `${input.hold.reason}\n\nReview the held changes (StagedDelete entries in the provisioning logs). If they are expected, choose Allow deletes on the provisioning page: ${url}`,
    });
  }
}
