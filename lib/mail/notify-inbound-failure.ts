// Tells the organization's inbound-failure address that a SCIM request failed, at most once per quiet period.
import { prisma } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/ops/rate-limit";
import { formatUtc } from "@/lib/console/format-date";
import { countFailedScimRequests } from "@/lib/logs/count-failed-scim-requests";
import { sendMail } from "./send-mail";

export const INBOUND_FAILURE_KIND = "scim.inbound-failure";
const QUIET_PERIOD_MS = Number(process.env.INBOUND_FAILURE_MAIL_INTERVAL_MS ?? 15 * 60 * 1000);

export type InboundFailure = {
  method: string;
  path: string;
  status: number;
  detail?: string;
  tokenName?: string | null;
  at?: Date;
};

export async function notifyInboundFailure(orgId: string, failure: InboundFailure): Promise<boolean> {
  const org = await prisma.organization.findUnique({
    where: { id: orgId },
    select: { name: true, inboundFailureEmail: true },
  });
  if (!org?.inboundFailureEmail) return false;
  const at = failure.at ?? new Date();
  // One mail per quiet period, even when failures arrive in parallel on several instances.
  const slot = await consumeRateLimit(`mail:${INBOUND_FAILURE_KIND}:${orgId}`, 1, QUIET_PERIOD_MS, at);
  if (!slot.allowed) return false;
  const since = new Date(at.getTime() - QUIET_PERIOD_MS);
  const failedRecently = await countFailedScimRequests(orgId, since);
  await sendMail({
    orgId,
    kind: INBOUND_FAILURE_KIND,
    to: org.inboundFailureEmail,
    subject: `[Org Center] Inbound SCIM request failed for ${org.name}`,
    text: [
      `An identity provider's SCIM request to ${org.name} failed.`,
      "",
      `Request: ${failure.method} ${failure.path}`,
      `Status:  ${failure.status}${failure.detail ? ` (${failure.detail})` : ""}`,
      `Token:   ${failure.tokenName ?? "unknown"}`,
      `Time:    ${formatUtc(at)}`,
      "",
      `${failedRecently} SCIM request(s) failed in the last ${Math.round(QUIET_PERIOD_MS / 60000)} minutes.`,
      "The inbound request log on the SCIM page of the console has every request with its bodies.",
      `Further failures are summarised at most every ${Math.round(QUIET_PERIOD_MS / 60000)} minutes.`,
    ].join("\n"),
  });
  return true;
}
