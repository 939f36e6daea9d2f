// Saved mappings and scope per app (PRODUCT.md §6): the job's current definition, every saved version, save
// with field validation, rollback, restore defaults, JSON export and import. Each change is audited and changes
// configHash, so the next cycle is a full one.
import { z } from "zod";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { findApp } from "@/lib/provisioning/apps/find-app";
import { readMapping } from "@/lib/provisioning/engine/read-mapping";
import { configHash } from "./config-hash";
import { defaultMappings } from "./default-mappings";
import { ZMappingDefinition, type TMappingDefinition } from "./types";
import { validateDefinition } from "./validate-definition";

export type MappingAction = "save" | "rollback" | "import" | "restore" | "initial";

export async function getMapping(orgId: string, appRef: string) {
  const app = await findApp(orgId, appRef);
  return { app, definition: readMapping(app.job.mapping), isDefault: app.job.mapping === null };
}

/** Parses and validates; throws AppError with field errors (keys are field paths) when it is not saveable. */
export function checkDefinition(input: unknown): TMappingDefinition {
  const parsed = ZMappingDefinition.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "definition"] ??= []).push(issue.message);
    throw new AppError("invalid_input", "The mapping definition is not valid.", fieldErrors);
  }
  const errors = validateDefinition(parsed.data);
  const keys = Object.keys(errors);
  if (keys.length) {
    throw new AppError("invalid_input", `Fix ${keys.length} field(s) before saving: ${Object.values(errors)[0]}`, Object.fromEntries(keys.map((k) => [k, [errors[k]!]])));
  }
  return parsed.data;
}

export async function saveMapping(orgId: string, appRef: string, input: unknown, actor: Actor, opts: { action?: MappingAction; comment?: string } = {}) {
  const definition = checkDefinition(input);
  const app = await findApp(orgId, appRef);
  const before = readMapping(app.job.mapping);
  const action = opts.action ?? "save";
  const version = await prisma.$transaction(async (tx) => {
    const last = await tx.mappingVersion.findFirst({ where: { jobId: app.job.id }, orderBy: { number: "desc" } });
    let number = last?.number ?? 0;
    // The first save keeps what the job ran before (usually the defaults) as version 1, so it can be rolled back to.
    if (!last) await tx.mappingVersion.create({ data: { jobId: app.job.id, orgId, number: ++number, definition: before, action: "initial", comment: "Before the first change" } });
    const row = await tx.mappingVersion.create({
      data: { jobId: app.job.id, orgId, number: ++number, definition, action, comment: opts.comment?.slice(0, 500) || null, actorId: actor.id ?? null, actorName: actor.label },
    });
    await tx.provisioningJob.update({ where: { id: app.job.id }, data: { mapping: definition, configHash: configHash(definition, app.job.scope) } });
    await recordAuditEvent({ orgId, actor, action: `provisioning.mapping.${action}`, targetType: "enterpriseApp", targetId: app.id, oldValue: before, newValue: { version: number, definition } }, tx);
    return row;
  });
  return { version: version.number, definition };
}

export async function listMappingVersions(orgId: string, appRef: string) {
  const app = await findApp(orgId, appRef);
  const rows = await prisma.mappingVersion.findMany({ where: { jobId: app.job.id }, orderBy: { number: "desc" }, take: 200 });
  return rows.map((r) => ({ number: r.number, action: r.action, comment: r.comment, actorName: r.actorName, createdAt: r.createdAt, definition: readMapping(r.definition) }));
}

export async function getMappingVersion(orgId: string, appRef: string, number: number) {
  const app = await findApp(orgId, appRef);
  const row = await prisma.mappingVersion.findUnique({ where: { jobId_number: { jobId: app.job.id, number } } });
  if (!row) throw new AppError("not_found", `No mapping version ${number} for this application.`);
  return { number: row.number, action: row.action, comment: row.comment, actorName: row.actorName, createdAt: row.createdAt, definition: readMapping(row.definition) };
}

export async function rollbackMapping(orgId: string, appRef: string, number: number, actor: Actor) {
  const version = await getMappingVersion(orgId, appRef, number);
  return saveMapping(orgId, appRef, version.definition, actor, { action: "rollback", comment: `Rolled back to version ${number}` });
}

export async function restoreDefaultMappings(orgId: string, appRef: string, actor: Actor) {
  return saveMapping(orgId, appRef, defaultMappings(), actor, { action: "restore", comment: "Restored the default mappings" });
}

const ZExport = z.object({ format: z.literal("org-center-mappings"), app: z.string().optional(), definition: z.unknown() });

export async function exportMapping(orgId: string, appRef: string): Promise<string> {
  const { app, definition } = await getMapping(orgId, appRef);
  return JSON.stringify({ format: "org-center-mappings", app: app.name, exportedAt: new Date().toISOString(), definition }, null, 2);
}

/** Imports an export (or a bare definition) as a new version. */
export async function importMapping(orgId: string, appRef: string, json: string, actor: Actor) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new AppError("invalid_input", `The file is not JSON: ${(error as Error).message}`, { file: ["Not JSON."] });
  }
  const wrapped = ZExport.safeParse(data);
  const definition = wrapped.success ? wrapped.data.definition : data;
  return saveMapping(orgId, appRef, definition, actor, { action: "import", comment: wrapped.success && wrapped.data.app ? `Imported from ${wrapped.data.app}` : "Imported" });
}
