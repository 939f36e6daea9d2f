// Creates a named SCIM secret token. The token is returned once; only its hash is stored.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors/parse-input";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { hashToken, newSecret } from "./token-hash";
import { SCIM_TOKEN_PREFIX } from "./token-prefix";

export const ZCreateScimToken = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: "Name the token (for example, the identity provider that uses it)." })
    .max(80),
  expiresInDays: z.coerce.number().int().min(1, { message: "Use 1 day or more." }).max(3650).optional(),
});

export async function createScimToken(
  orgId: string,
  input: { name: string; expiresInDays?: number | string },
  actor: Actor,
  now = new Date(),
) {
  const values = parseInput(ZCreateScimToken, input, { message: "Check the highlighted fields." });
  const token = newSecret(SCIM_TOKEN_PREFIX);
  const expiresAt = values.expiresInDays ? new Date(now.getTime() + values.expiresInDays * 86_400_000) : null;
  const row = await prisma.$transaction(async (tx) => {
    const row = await tx.scimToken.create({
      data: {
        orgId,
        name: values.name,
        tokenHash: hashToken(token),
        prefix: token.slice(0, SCIM_TOKEN_PREFIX.length + 6),
        createdById: actor.id ?? null,
        expiresAt,
      },
      select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
    });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "scim.token.create",
        targetType: "scimToken",
        targetId: row.id,
        newValue: { name: row.name, expiresAt },
      },
      tx,
    );
    return row;
  });
  return { ...row, token };
}
