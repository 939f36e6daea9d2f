// Inbound SCIM settings: accept provisioning On/Off and who to notify when inbound requests fail. Audited.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors/parse-input";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";

export const ZInboundSettings = z.object({
  inboundEnabled: z.boolean(),
  inboundFailureEmail: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v.toLowerCase()))
    .pipe(z.email({ message: "Enter a valid email address, or leave it empty." }).nullable()),
});
export type TInboundSettings = z.input<typeof ZInboundSettings>;

export async function updateInboundSettings(orgId: string, input: TInboundSettings, actor: Actor) {
  const values = parseInput(ZInboundSettings, input, { message: "Check the highlighted fields." });
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: orgId },
      select: { inboundEnabled: true, inboundFailureEmail: true },
    });
    const after = await tx.organization.update({
      where: { id: orgId },
      data: values,
      select: { inboundEnabled: true, inboundFailureEmail: true },
    });
    if (before.inboundEnabled !== after.inboundEnabled || before.inboundFailureEmail !== after.inboundFailureEmail) {
      await recordAuditEvent(
        {
          orgId,
          actor,
          action: "scim.inbound-settings.update",
          targetType: "organization",
          targetId: orgId,
          oldValue: before,
          newValue: after,
        },
        tx,
      );
    }
    return after;
  });
}
