// Mails the organization's inbound-failure address (PRODUCT.md §4) when a SCIM request fails; never throws.
import { notifyInboundFailure } from "@/lib/mail/notify-inbound-failure";
import { logger } from "@/lib/log/logger";

export async function reportFailure(
  orgId: string,
  method: string,
  path: string,
  response: { status: number; body?: string | null },
  tokenName: string | null,
) {
  let detail: string | undefined;
  try {
    detail = (JSON.parse(response.body ?? "{}") as { detail?: string }).detail;
  } catch {
    detail = undefined;
  }
  try {
    await notifyInboundFailure(orgId, { method, path: `/scim/v2${path}`, status: response.status, detail, tokenName });
  } catch (error) {
    logger.error({ err: error, component: "scim" }, "Could not send the inbound-failure notification");
  }
}
