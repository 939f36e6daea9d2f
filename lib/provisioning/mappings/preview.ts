// Dry-run preview of a mapping or scope change (PRODUCT.md §6, beyond Entra): what the next cycle would do under a
// candidate definition, object by object: the same candidates, scoping, matching and evaluation as the cycle, asking
// the target read-only questions (bounded: `maxLookups` objects, a few at a time). Out-of-scope objects are apart.
import { prisma } from "@/lib/db/client";
import { findApp } from "@/lib/provisioning/apps/find-app";
import { groupCandidates, userCandidates } from "@/lib/provisioning/engine/candidates";
import {
  loadAssignments,
  loadGroups,
  loadMemberTargets,
  loadStates,
  loadUsers,
} from "@/lib/provisioning/engine/load-objects";
import { mapLimit } from "@/lib/provisioning/engine/map-limit";
import { countDeprovisions } from "@/lib/provisioning/engine/plan-deprovisions";
import {
  isTargetDown,
  predictGroup,
  predictUser,
  type MemberAfter,
  type PredictContext,
  type PredictedAction,
  type Prediction,
} from "@/lib/provisioning/engine/predict";
import { groupAttributes, intentFor, scopeGroup, scopeUser, userAttributes } from "@/lib/provisioning/engine/scope";
import { nextCycleType } from "@/lib/provisioning/engine/start-cycle";
import type { ObjectState } from "@/lib/provisioning/engine/types";
import { targetForApp } from "@/lib/provisioning/apps/target-for-app";
import { currentChangeSeq } from "@/lib/source-directory/change-seq";
import { configHash } from "@/lib/mapping/config-hash";
import { evaluateMapping } from "@/lib/mapping/evaluate-mapping";
import type { SourceAttributes, TargetValues, TMappingDefinition, TObjectMapping } from "@/lib/mapping/types";
import { readJobScope } from "@/lib/mapping/version-snapshot";

export type PreviewExample = { kind: "user" | "group"; name: string; detail: string };
export type PreviewObject = { kind: "user" | "group"; sourceId: string; name: string; action: PredictedAction };
export type MappingPreview = {
  counts: Record<PredictedAction, number>;
  examples: Record<Exclude<PredictedAction, "unchanged">, PreviewExample[]>;
  scanned: { users: number; groups: number };
  cycleType: string;
  /** Objects of the directory the next cycle does not look at (not assigned and never provisioned, or unchanged). */
  notLookedAt: number;
  target: { asked: number; estimated: number; note: string | null };
  objects?: PreviewObject[];
};
export type PreviewOptions = { withObjects?: boolean; maxLookups?: number; concurrency?: number };

const EXAMPLES = 5;
const LIMIT = 20_000;
const BATCH = 100;
const PREVIEW_RETRY = {
  maxAttempts: 1,
  baseDelayMs: 500,
  maxDelayMs: 2_000,
  max429Attempts: 2,
  maxRetryAfterMs: 5_000,
};

function changedAttributes(values: TargetValues, exported: TargetValues | null): string[] {
  if (!exported) return Object.keys(values);
  return Object.entries(values)
    .filter(([k, v]) => String(exported[k] ?? "") !== String(v))
    .map(([k, v]) => `${k}: ${JSON.stringify(exported[k] ?? null)} → ${JSON.stringify(v)}`);
}

type Classified = { action: "create" | "update" | "disable" | "delete" | "unchanged" | "errors"; detail: string };

/** Without the target: an estimate from what was exported last (used when the target cannot be asked). */
export function classify(
  kind: "user" | "group",
  mapping: TObjectMapping,
  scope: ReturnType<typeof scopeUser>,
  state: ObjectState | null,
  attrs: SourceAttributes,
): Classified {
  const intent = intentFor(kind, scope, state, mapping.actions.delete);
  if (intent === "disable" || intent === "delete") return { action: intent, detail: scope.detail };
  if (intent === "skip") return { action: "unchanged", detail: scope.detail };
  const provisioned = Boolean(state?.targetId) && state!.lifecycle !== "deleted";
  const { values, errors } = evaluateMapping(mapping, attrs, { forCreate: !provisioned });
  if (errors.length) return { action: "errors", detail: errors.join(" ") };
  if (!provisioned)
    return mapping.actions.create
      ? {
          action: "create",
          detail: Object.entries(values)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(", "),
        }
      : { action: "unchanged", detail: "Create is not allowed." };
  const changes = changedAttributes(values, state!.exported);
  if (state!.lifecycle === "disabled") changes.push("re-enabled");
  if (changes.length === 0 || !mapping.actions.update) return { action: "unchanged", detail: "" };
  return { action: "update", detail: changes.join("; ") };
}

function estimate(
  kind: "user" | "group",
  mapping: TObjectMapping,
  scope: ReturnType<typeof scopeUser>,
  state: ObjectState | null,
  attrs: SourceAttributes,
): Prediction {
  if (!scope.inScope && intentFor(kind, scope, state, mapping.actions.delete) === "skip")
    return { action: "outOfScope", detail: scope.detail, after: "keep" };
  return { ...classify(kind, mapping, scope, state, attrs), after: "keep" };
}

export async function previewMapping(
  orgId: string,
  appRef: string,
  definition: TMappingDefinition,
  options: PreviewOptions = {},
): Promise<MappingPreview> {
  const app = await findApp(orgId, appRef);
  const job = app.job;
  const scope = readJobScope(job.scope);
  const assignments = await loadAssignments(app.id);
  const cycleType = nextCycleType(job, configHash(definition, job.scope));
  const window = {
    orgId,
    appId: app.id,
    jobId: job.id,
    scope,
    full: cycleType !== "incremental",
    fromSeq: job.watermark,
    toSeq: await currentChangeSeq(orgId),
  };
  const userIds = (await userCandidates(window, assignments)).slice(0, LIMIT);
  const firstGroupIds = await groupCandidates(window, assignments);
  const deprovisions = await countDeprovisions(
    { orgId, jobId: job.id, scope, assignments, mapping: definition },
    userIds,
    firstGroupIds,
  );
  const hold = job.preventDeletes && !job.allowDeletesOnce && deprovisions > job.deleteThreshold;

  const preview: MappingPreview = {
    counts: { create: 0, update: 0, disable: 0, delete: 0, unchanged: 0, outOfScope: 0, held: 0, errors: 0 },
    examples: { create: [], update: [], disable: [], delete: [], outOfScope: [], held: [], errors: [] },
    scanned: { users: 0, groups: 0 },
    cycleType,
    notLookedAt: 0,
    target: { asked: 0, estimated: 0, note: null },
    ...(options.withObjects ? { objects: [] } : {}),
  };
  let target: PredictContext["target"] | null = null;
  try {
    target = targetForApp(app, { retry: PREVIEW_RETRY, timeoutMs: 10_000 }).target;
  } catch (error) {
    preview.target.note = `The target could not be asked (${(error as Error).message}): creates and updates are estimated from what was provisioned last.`;
  }
  let ctx: PredictContext | null = target
    ? { target, mapping: definition, scope, assignments, holdDeprovisions: hold }
    : null;
  let budget = options.maxLookups ?? 2_000;
  const concurrency = options.concurrency ?? 4;
  const record = (kind: "user" | "group", sourceId: string, name: string, p: Prediction) => {
    preview.counts[p.action]++;
    if (p.action !== "unchanged" && preview.examples[p.action].length < EXAMPLES)
      preview.examples[p.action].push({ kind, name, detail: p.detail });
    preview.objects?.push({ kind, sourceId, name, action: p.action });
  };
  const ask = async (
    inScope: boolean,
    predict: () => Promise<Prediction>,
    fallback: () => Prediction,
  ): Promise<Prediction> => {
    // Out-of-scope objects need no target question unless they are deprovisioned; the budget bounds the rest.
    if (ctx && (!inScope || budget > 0)) {
      budget--;
      try {
        const p = await predict();
        // Out-of-scope objects are decided without a question to the target.
        if (p.action !== "outOfScope") preview.target.asked++;
        return p;
      } catch (error) {
        if (!isTargetDown(error)) throw error;
        // The cycle would stop on this too; the rest is estimated so the preview still says what the mapping does.
        ctx = null;
        preview.target.note = `The target could not be asked (${error.message}): the rest is estimated from what was provisioned last.`;
      }
    }
    preview.target.estimated++;
    return fallback();
  };

  const after = new Map<string, { before: ObjectState | null; after: MemberAfter; groupIds: string[] }>();
  for (let i = 0; i < userIds.length; i += BATCH) {
    const ids = userIds.slice(i, i + BATCH);
    const [users, states] = await Promise.all([loadUsers(orgId, ids), loadStates(job.id, "user", ids)]);
    const predictions = await mapLimit(users, concurrency, async (u) => {
      const state = states.get(u.id) ?? null;
      const s = scopeUser(u, { scope, assignments, mapping: definition });
      return ask(
        s.inScope,
        () => predictUser(ctx!, u, state),
        () => estimate("user", definition.user, s, state, userAttributes(u)),
      );
    });
    users.forEach((u, j) => {
      record("user", u.id, u.userPrincipalName, predictions[j]!);
      after.set(u.id, {
        before: states.get(u.id) ?? null,
        after: predictions[j]!.after ?? "keep",
        groupIds: u.groupIds,
      });
    });
    preview.scanned.users += users.length;
  }

  // As in the cycle: users that appear in or leave the target bring their provisioned groups in.
  const affected = new Set<string>();
  for (const { before, after: a, groupIds } of after.values()) {
    if (a === "keep") continue;
    const wasActive = Boolean(before?.targetId) && before!.lifecycle === "active";
    if (wasActive !== a.active || (before?.targetId ?? null) !== a.targetId) for (const g of groupIds) affected.add(g);
  }
  const provisionedAffected = affected.size
    ? (
        await prisma.provisioningObjectState.findMany({
          where: { jobId: job.id, kind: "group", sourceId: { in: [...affected] }, targetId: { not: null } },
          select: { sourceId: true },
        })
      ).map((r) => r.sourceId)
    : [];
  const groupIds = [...new Set([...firstGroupIds, ...provisionedAffected])].sort().slice(0, LIMIT);
  for (let i = 0; i < groupIds.length; i += BATCH) {
    const ids = groupIds.slice(i, i + BATCH);
    const [groups, states] = await Promise.all([loadGroups(orgId, ids), loadStates(job.id, "group", ids)]);
    const memberTargets = await loadMemberTargets(job.id, [...new Set(groups.flatMap((g) => g.memberIds))]);
    for (const [userId, { after: a }] of after) {
      if (a === "keep") continue;
      if (a.active && a.targetId) memberTargets.set(userId, a.targetId === "new" ? `new:${userId}` : a.targetId);
      else memberTargets.delete(userId);
    }
    const predictions = await mapLimit(groups, concurrency, async (g) => {
      const state = states.get(g.id) ?? null;
      const s = scopeGroup(g, { scope, assignments, mapping: definition });
      return ask(
        s.inScope,
        () => predictGroup(ctx!, g, state, memberTargets),
        () => estimate("group", definition.group, s, state, groupAttributes(g)),
      );
    });
    groups.forEach((g, j) => record("group", g.id, g.displayName, predictions[j]!));
    preview.scanned.groups += groups.length;
  }
  const [users, groups] = await Promise.all([
    prisma.sourceUser.count({ where: { orgId, deletedAt: null } }),
    prisma.sourceGroup.count({ where: { orgId, deletedAt: null } }),
  ]);
  preview.notLookedAt = Math.max(0, users + groups - preview.scanned.users - preview.scanned.groups);
  return preview;
}
