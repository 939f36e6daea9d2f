// The organization's setting of what the help desk sees in SCIM bodies (issue 15): full bodies (the default), or
// bodies with the configured attributes masked. get/set (audited), and maskedAttributesFor(orgId, role).
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";

const ZAttribute = z
  .string()
  .regex(
    /^[A-Za-z][\w\-]*(?:[:.][\w\-]+)*$/,
    "Attribute names are SCIM paths such as employeeNumber or urn:…:User:employeeNumber.",
  )
  .max(200);

/** Comma- or line-separated attribute names; empty masks nothing. */
export const ZHelpDeskMasking = z.object({
  attributes: z
    .string()
    .max(4000, "Too long.")
    .transform((s) => [
      ...new Set(
        s
          .split(/[,\n]/)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(ZAttribute).max(30, "Mask at most 30 attributes.")),
});

const readList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export async function getHelpDeskMaskedAttributes(orgId: string): Promise<string[]> {
  const org = await prisma.organization.findUnique({
    where: { id: orgId },
    select: { helpDeskMaskedAttributes: true },
  });
  return readList(org?.helpDeskMaskedAttributes);
}

/** What to mask for this viewer: the configured attributes for the help desk, nothing for the admins. */
export async function maskedAttributesFor(orgId: string, role: Role | string): Promise<string[]> {
  return role === "help-desk" ? getHelpDeskMaskedAttributes(orgId) : [];
}

export async function setHelpDeskMaskedAttributes(
  orgId: string,
  input: unknown,
  actor: Actor,
): Promise<{ attributes: string[]; previous: string[] }> {
  // Errors of one listed attribute (attributes.3) are the field's errors.
  const { attributes } = parseInput(ZHelpDeskMasking, input, {
    message: "Check the attributes to mask.",
    byTopField: true,
    rootField: "attributes",
  });
  return prisma.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: orgId }, select: { helpDeskMaskedAttributes: true } });
    if (!org) throw new AppError("not_found", "Organization not found.");
    const previous = readList(org.helpDeskMaskedAttributes);
    if (JSON.stringify(previous) !== JSON.stringify(attributes)) {
      await tx.organization.update({ where: { id: orgId }, data: { helpDeskMaskedAttributes: attributes } });
      await recordAuditEvent(
        {
          orgId,
          actor,
          action: "logs.help-desk-masking.change",
          targetType: "organization",
          targetId: orgId,
          oldValue: { maskedForHelpDesk: previous },
          newValue: { maskedForHelpDesk: attributes },
        },
        tx,
      );
    }
    return { attributes, previous };
  });
}
