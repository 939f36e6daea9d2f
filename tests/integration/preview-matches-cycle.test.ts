// The preview predicts exactly what the next cycle does (issue 11, item 5): a preview, then the cycle on the same
// data, give the same action per object: users already in the target are updated (not created), disabled source
// users are left alone, out-of-scope users are counted apart, and the incremental cycle that follows agrees too.
import { describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { getMapping, saveMapping } from "@/lib/provisioning/mappings/mapping-store";
import { previewMapping, type MappingPreview } from "@/lib/provisioning/mappings/preview";
import { updateSourceUser } from "@/lib/source-directory/save-source-user";
import { createUser } from "./support/scim";
import {
  importRows,
  logEntries,
  provisioningScenario,
  runCycleNow,
  sourceUserId,
  type Scenario,
} from "./support/provisioning";

type Step = { name: string; status: string };
type Entry = { sourceId: string | null; action: string; status: string; steps: unknown };

/** The cycle's action for one object, in the preview's words. */
function actionOf(e: Entry): string {
  if (e.status === "Failure") return "errors";
  if (e.action === "StagedDelete") return "held";
  if (e.status === "Skipped")
    return (e.steps as Step[]).some((s) => s.name === "Scoping" && s.status === "Skipped") ? "outOfScope" : "unchanged";
  return e.action.toLowerCase();
}

async function previewThenCycle(s: Scenario) {
  const { definition } = await getMapping(s.orgId, s.appId);
  const preview = await previewMapping(s.orgId, s.appId, definition, { withObjects: true });
  const cycle = await runCycleNow(s.jobId);
  const entries = (await logEntries(cycle.cycleId)) as Entry[];
  const predicted = Object.fromEntries(preview.objects!.map((o) => [o.sourceId, o.action]));
  const done = Object.fromEntries(entries.map((e) => [e.sourceId!, actionOf(e)]));
  return { preview, cycle, predicted, done };
}

const byName = (preview: MappingPreview, names: Record<string, string>) =>
  Object.fromEntries(preview.objects!.filter((o) => names[o.sourceId]).map((o) => [names[o.sourceId]!, o.action]));

describe("preview and cycle agree", () => {
  it("predicts the same action per object as the initial and the next incremental cycle", async () => {
    const s = await provisioningScenario({ users: 6 });
    // user2 is disabled in the source; user5 is in the assigned group but filtered out; two people are not assigned.
    await importRows(s.orgId, [
      { upn: s.upn(2), displayName: "User 2 Test", groups: [s.group], enabled: false },
      { upn: s.upn(5), displayName: "User 5 Test", groups: [s.group], department: "Legal" },
      { upn: s.email("outsider-a"), displayName: "Outsider A" },
      { upn: s.email("outsider-b"), displayName: "Outsider B" },
    ]);
    const { definition } = await getMapping(s.orgId, s.appId);
    definition.user.scopingFilters = [
      { name: "Not Legal", clauses: [{ attribute: "department", operator: "NOT EQUALS", value: "Legal" }] },
    ];
    await saveMapping(s.orgId, s.appId, definition, CLI_ACTOR);
    // user0 and user1 already exist in the target (created there before provisioning): the cycle matches and updates them.
    for (const i of [0, 1])
      await createUser(s.client, { userName: s.upn(i), name: { givenName: "Old", familyName: "Name" } });

    const ids = Object.fromEntries(
      await Promise.all([0, 1, 2, 3, 4, 5].map(async (i) => [await sourceUserId(s.orgId, s.upn(i)), `user${i}`])),
    );
    const group = await prisma.sourceGroup.findFirstOrThrow({ where: { orgId: s.orgId, displayName: s.group } });
    ids[group.id] = "group";

    const first = await previewThenCycle(s);
    expect(first.cycle.type).toBe("initial");
    expect(byName(first.preview, ids)).toEqual({
      user0: "update",
      user1: "update",
      user2: "unchanged",
      user3: "create",
      user4: "create",
      user5: "outOfScope",
      group: "create",
    });
    expect(first.predicted).toEqual(first.done);
    expect(first.preview.counts).toMatchObject({ create: 3, update: 2, unchanged: 1, outOfScope: 1, errors: 0 });
    expect(first.preview.notLookedAt).toBe(2);

    // Then: user3 changes department (update), user4 moves to Legal (out of scope: disabled, and leaves the group).
    for (const [i, department] of [
      [3, "Marketing"],
      [4, "Legal"],
    ] as const) {
      const id = await sourceUserId(s.orgId, s.upn(i));
      const u = await prisma.sourceUser.findUniqueOrThrow({ where: { id } });
      await updateSourceUser(s.orgId, id, { ...u, department }, CLI_ACTOR);
    }
    const second = await previewThenCycle(s);
    expect(second.cycle.type).toBe("incremental");
    expect(byName(second.preview, ids)).toEqual({ user3: "update", user4: "disable", group: "update" });
    expect(second.predicted).toEqual(second.done);
  });
});
