"use server";
// Mapping editor actions: preview and save one object mapping, Test expression, rollback, restore defaults, import.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors/app-error";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { testExpression, type ExpressionTest } from "@/lib/provisioning/mappings/editor-data";
import {
  getMapping,
  importMapping,
  restoreDefaultMappings,
  rollbackMapping,
  saveMapping,
} from "@/lib/provisioning/mappings/mapping-store";
import { previewMapping, type MappingPreview } from "@/lib/provisioning/mappings/preview";
import type { TMappingDefinition } from "@/lib/mapping/types";

const ZKind = z.enum(["user", "group"]);

async function candidate(orgId: string, appId: string, kind: string, objectJson: string): Promise<TMappingDefinition> {
  const k = ZKind.parse(kind);
  let object: unknown;
  try {
    object = JSON.parse(objectJson);
  } catch {
    throw new AppError("invalid_input", "The mapping could not be read; reload the page.");
  }
  const { definition } = await getMapping(orgId, appId);
  return { ...definition, [k]: object } as TMappingDefinition;
}

export type SaveState = FormState & { version?: number };

export async function saveObjectMappingAction(
  slug: string,
  appId: string,
  kind: string,
  objectJson: string,
  comment: string,
): Promise<SaveState> {
  try {
    const ctx = await authorize(slug, "config:write");
    const saved = await saveMapping(
      ctx.org.id,
      appId,
      await candidate(ctx.org.id, appId, kind, objectJson),
      ctx.actor,
      { comment },
    );
    revalidatePath(`/o/${slug}/apps/${appId}/mappings`, "layout");
    return {
      ok: true,
      message: `Saved as version ${saved.version}. The next provisioning cycle is a full one.`,
      version: saved.version,
    };
  } catch (error) {
    return toFormState(error);
  }
}

export async function previewObjectMappingAction(
  slug: string,
  appId: string,
  kind: string,
  objectJson: string,
): Promise<{ ok: true; preview: MappingPreview } | { ok: false; state: FormState }> {
  try {
    const ctx = await authorize(slug, "config:write");
    return {
      ok: true,
      preview: await previewMapping(ctx.org.id, appId, await candidate(ctx.org.id, appId, kind, objectJson)),
    };
  } catch (error) {
    return { ok: false, state: toFormState(error) };
  }
}

export async function testExpressionAction(slug: string, expression: string, userRef: string): Promise<ExpressionTest> {
  try {
    const ctx = await authorize(slug, "console:read");
    return await testExpression(ctx.org.id, expression, userRef);
  } catch (error) {
    return { ok: false, error: toFormState(error).message ?? "Could not test the expression." };
  }
}

export async function rollbackAction(slug: string, appId: string, number: number): Promise<FormState> {
  try {
    const ctx = await authorize(slug, "config:write");
    const saved = await rollbackMapping(ctx.org.id, appId, number, ctx.actor);
    revalidatePath(`/o/${slug}/apps/${appId}/mappings`, "layout");
    return { ok: true, message: `Rolled back to version ${number} (saved as version ${saved.version}).` };
  } catch (error) {
    return toFormState(error);
  }
}

export async function restoreDefaultsAction(slug: string, appId: string): Promise<FormState> {
  try {
    const ctx = await authorize(slug, "config:write");
    const saved = await restoreDefaultMappings(ctx.org.id, appId, ctx.actor);
    revalidatePath(`/o/${slug}/apps/${appId}/mappings`, "layout");
    return { ok: true, message: `Restored the default mappings (version ${saved.version}).` };
  } catch (error) {
    return toFormState(error);
  }
}

export async function importAction(
  slug: string,
  appId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  let version = 0;
  try {
    const ctx = await authorize(slug, "config:write");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("invalid_input", "Choose a JSON file exported from Org Center.", { file: ["Choose a file."] });
    if (file.size > 1_000_000)
      throw new AppError("invalid_input", "The file is larger than 1 MB.", { file: ["Too large."] });
    version = (await importMapping(ctx.org.id, appId, await file.text(), ctx.actor)).version;
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(`/o/${slug}/apps/${appId}/mappings`, "layout");
  redirect(`/o/${slug}/apps/${appId}/mappings/history?imported=${version}`);
}
