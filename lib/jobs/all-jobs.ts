// Every background job, one line each. The app (instrumentation.ts) and `npm run worker` both run this list.
import { defineJob, HOUR, MINUTE, type Job } from "./define-job";
import { expireDomains } from "@/lib/domains/expire-domains";
import { sendExpiryReminders } from "@/lib/domains/send-expiry-reminders";
import { recheckPendingDomains, recheckVerifiedDomains } from "@/lib/domains/recheck-domains";
import { dispatchDueProvisioning } from "@/lib/provisioning/provisioning-job/background";
import { purgeExpiredLogs } from "@/lib/logs/retention";

export const ALL_JOBS: Job[] = [
  defineJob(
    "domains.expire-and-remind",
    5 * MINUTE,
    async ({ now }) => `${await expireDomains(now)} expired, ${await sendExpiryReminders(now)} reminders sent`,
  ),
  defineJob("domains.recheck-pending", MINUTE, async ({ now }) => JSON.stringify(await recheckPendingDomains(now))),
  defineJob("domains.recheck-verified", HOUR, async ({ now }) => JSON.stringify(await recheckVerifiedDomains(now))),
  // Starts due provisioning cycles in the background (each under its own job lease) and returns at once.
  defineJob("provisioning.dispatch", 5_000, async ({ now }) => dispatchDueProvisioning(now), MINUTE),
  // Deletes provisioning and inbound SCIM log entries older than each organization's retention period.
  defineJob("logs.purge-expired", HOUR, async ({ now }) => JSON.stringify(await purgeExpiredLogs(now))),
];
