// Saved views (PRODUCT.md §7, beyond Entra): a console user's named filter sets per log viewer. Personal, so any
// role that may read the logs keeps its own; every change is audited like configuration.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { parseProvisioningLogFilters, provisioningLogQuery } from "./provisioning-log-filters";
import { parseScimLogFilters, scimLogQuery } from "./scim-log-filters";

export const VIEW_KINDS = ["provisioning", "scim"] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];
export const MAX_VIEWS_PER_USER = 50;

export const ZSaveView = z.object({
  kind: z.enum(VIEW_KINDS),
  name: z.string().trim().min(1, "Name the view.").max(60, "Use 60 characters at most."),
  query: z.string().max(4000),
});

/** Only filters are kept (no paging cursor), in the viewer's own canonical form. */
export function canonicalQuery(kind: ViewKind, query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  return (
    kind === "provisioning"
      ? provisioningLogQuery(parseProvisioningLogFilters(params))
      : scimLogQuery(parseScimLogFilters(params))
  ).toString();
}

export async function listSavedViews(orgId: string, accountId: string, kind: ViewKind) {
  return prisma.savedLogView.findMany({
    where: { orgId, accountId, kind },
    orderBy: { name: "asc" },
    select: { id: true, name: true, query: true },
  });
}

/** Saves (or overwrites, by name) the view. */
export async function saveView(orgId: string, accountId: string, input: unknown, actor: Actor) {
  const values = parseInput(ZSaveView, input, { message: "Check the view's name." });
  const { kind, name } = values;
  const query = canonicalQuery(kind, values.query);
  const where = { orgId_accountId_kind_name: { orgId, accountId, kind, name } };
  const existing = await prisma.savedLogView.findUnique({ where, select: { id: true, query: true } });
  if (!existing && (await prisma.savedLogView.count({ where: { orgId, accountId } })) >= MAX_VIEWS_PER_USER) {
    throw new AppError("conflict", `You have ${MAX_VIEWS_PER_USER} saved views already: delete one first.`);
  }
  return prisma.$transaction(async (tx) => {
    const view = await tx.savedLogView.upsert({
      where,
      create: { orgId, accountId, kind, name, query },
      update: { query },
      select: { id: true, name: true, query: true },
    });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: existing ? "logs.view.update" : "logs.view.create",
        targetType: "saved-log-view",
        targetId: view.id,
        oldValue: existing ? { kind, name, query: existing.query } : null,
        newValue: { kind, name, query },
      },
      tx,
    );
    return view;
  });
}

export async function deleteView(orgId: string, accountId: string, id: string, actor: Actor) {
  const view = await prisma.savedLogView.findFirst({
    where: { id, orgId, accountId },
    select: { id: true, kind: true, name: true, query: true },
  });
  if (!view) throw new AppError("not_found", "That saved view does not exist.");
  await prisma.$transaction(async (tx) => {
    await tx.savedLogView.delete({ where: { id } });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: "logs.view.delete",
        targetType: "saved-log-view",
        targetId: id,
        oldValue: { kind: view.kind, name: view.name, query: view.query },
      },
      tx,
    );
  });
  return view;
}
