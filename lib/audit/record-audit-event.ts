// Appends to the audit trail: who changed what, when, with old and new values.
import { prisma } from "@/lib/db/client";

export type Actor = { id?: string | null; label: string };

/** A signed-in account as the audit trail names it. */
export const accountActor = (account: { id: string; email: string }): Actor => ({
  id: account.id,
  label: account.email,
});

export type AuditEventInput = {
  orgId?: string | null;
  actor: Actor;
  action: string;
  targetType: string;
  targetId?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
};

type Db = Pick<typeof prisma, "auditEvent">;

function serialize(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function recordAuditEvent(input: AuditEventInput, db: Db = prisma): Promise<void> {
  await db.auditEvent.create({
    data: {
      orgId: input.orgId ?? null,
      actorId: input.actor.id ?? null,
      actorLabel: input.actor.label,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId ?? null,
      oldValue: serialize(input.oldValue),
      newValue: serialize(input.newValue),
    },
  });
}

export const CLI_ACTOR: Actor = { id: null, label: "operator (CLI)" };
