// Saved mappings and scope per app (PRODUCT.md §6): the job's current definition and scope, every saved version
// (both together), save with field validation, rollback, restore defaults, JSON export and import. Each change is
// audited and changes configHash, so the next cycle is a full one.
import { z } from "zod";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { findApp } from "@/lib/provisioning/apps/find-app";
import { readMapping } from "@/lib/mapping/read-mapping";
import { configHash } from "@/lib/mapping/config-hash";
import { defaultMappings } from "@/lib/mapping/default-mappings";
import { appendMappingVersion, type MappingVersionAction } from "./append-mapping-version";
import {
  ZMappingDefinition,
  ZProvisioningScope,
  type TMappingDefinition,
  type TProvisioningScope,
} from "@/lib/mapping/types";
import { validateDefinition } from "@/lib/mapping/validate-definition";
import { readJobScope, readVersionSnapshot } from "@/lib/mapping/version-snapshot";

export type MappingAction = MappingVersionAction;

export async function getMapping(orgId: string, appRef: string) {
  const app = await findApp(orgId, appRef);
  return {
    app,
    definition: readMapping(app.job.mapping),
    scope: readJobScope(app.job.scope),
    isDefault: app.job.mapping === null,
  };
}

/** Parses and validates; throws AppError with field errors (keys are field paths) when it is not saveable. */
export function checkDefinition(input: unknown): TMappingDefinition {
  const definition = parseInput(ZMappingDefinition, input, {
    message: "The mapping definition is not valid.",
    rootField: "definition",
  });
  const errors = validateDefinition(definition);
  const keys = Object.keys(errors);
  if (keys.length) {
    throw new AppError(
      "invalid_input",
      `Fix ${keys.length} field(s) before saving: ${Object.values(errors)[0]}`,
      Object.fromEntries(keys.map((k) => [k, [errors[k]!]])),
    );
  }
  return definition;
}

/** Saves a definition as a new version; `scope` changes the provisioning scope with it (absent: kept). */
export async function saveMapping(
  orgId: string,
  appRef: string,
  input: unknown,
  actor: Actor,
  opts: { action?: MappingAction; comment?: string; scope?: TProvisioningScope } = {},
) {
  const definition = checkDefinition(input);
  const app = await findApp(orgId, appRef);
  const before = { definition: readMapping(app.job.mapping), scope: readJobScope(app.job.scope) };
  const scope = opts.scope ?? before.scope;
  const action = opts.action ?? "save";
  const number = await prisma.$transaction(async (tx) => {
    const number = await appendMappingVersion(tx, {
      jobId: app.job.id,
      orgId,
      before,
      after: { definition, scope },
      action,
      comment: opts.comment,
      actor,
    });
    await tx.provisioningJob.update({
      where: { id: app.job.id },
      data: { mapping: definition, scope, configHash: configHash(definition, scope) },
    });
    await recordAuditEvent(
      {
        orgId,
        actor,
        action: `provisioning.mapping.${action}`,
        targetType: "enterpriseApp",
        targetId: app.id,
        oldValue: before,
        newValue: { version: number, definition, scope },
      },
      tx,
    );
    return number;
  });
  return { version: number, definition, scope };
}

export async function listMappingVersions(orgId: string, appRef: string) {
  const app = await findApp(orgId, appRef);
  const rows = await prisma.mappingVersion.findMany({
    where: { jobId: app.job.id },
    orderBy: { number: "desc" },
    take: 200,
  });
  return rows.map((r) => ({
    number: r.number,
    action: r.action,
    comment: r.comment,
    actorName: r.actorName,
    createdAt: r.createdAt,
    ...readVersionSnapshot(r.definition),
  }));
}

export async function getMappingVersion(orgId: string, appRef: string, number: number) {
  const app = await findApp(orgId, appRef);
  const row = await prisma.mappingVersion.findUnique({ where: { jobId_number: { jobId: app.job.id, number } } });
  if (!row) throw new AppError("not_found", `No mapping version ${number} for this application.`);
  return {
    number: row.number,
    action: row.action,
    comment: row.comment,
    actorName: row.actorName,
    createdAt: row.createdAt,
    ...readVersionSnapshot(row.definition),
  };
}

/** Restores a version's definition and, when it recorded one, its scope. */
export async function rollbackMapping(orgId: string, appRef: string, number: number, actor: Actor) {
  const version = await getMappingVersion(orgId, appRef, number);
  return saveMapping(orgId, appRef, version.definition, actor, {
    action: "rollback",
    comment: `Rolled back to version ${number}`,
    scope: version.scope ?? undefined,
  });
}

/** The default mappings; the scope is a provisioning setting and stays as it is. */
export async function restoreDefaultMappings(orgId: string, appRef: string, actor: Actor) {
  return saveMapping(orgId, appRef, defaultMappings(), actor, {
    action: "restore",
    comment: "Restored the default mappings",
  });
}

const ZExport = z.object({
  format: z.literal("org-center-mappings"),
  app: z.string().optional(),
  scope: z.unknown().optional(),
  definition: z.unknown(),
});

export async function exportMapping(orgId: string, appRef: string): Promise<string> {
  const { app, definition, scope } = await getMapping(orgId, appRef);
  return JSON.stringify(
    { format: "org-center-mappings", app: app.name, exportedAt: new Date().toISOString(), scope, definition },
    null,
    2,
  );
}

/** Imports an export (or a bare definition) as a new version, with the export's scope when it has one. */
export async function importMapping(orgId: string, appRef: string, json: string, actor: Actor) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new AppError("invalid_input", `The file is not JSON: ${(error as Error).message}`, { file: ["Not JSON."] });
  }
  const wrapped = ZExport.safeParse(data);
  const definition = wrapped.success ? wrapped.data.definition : data;
  let scope: TProvisioningScope | undefined;
  if (wrapped.success && wrapped.data.scope !== undefined) {
    const parsed = ZProvisioningScope.safeParse(wrapped.data.scope);
    if (!parsed.success)
      throw new AppError(
        "invalid_input",
        `The file's scope must be "assigned" or "all", not ${JSON.stringify(wrapped.data.scope)}.`,
        { scope: ['Must be "assigned" or "all".'] },
      );
    scope = parsed.data;
  }
  return saveMapping(orgId, appRef, definition, actor, {
    action: "import",
    scope,
    comment: wrapped.success && wrapped.data.app ? `Imported from ${wrapped.data.app}` : "Imported",
  });
}
