// Records a new mapping version inside the caller's transaction. The first change also keeps what the job ran
// before (usually the defaults) as version 1, so it can be rolled back to. Used by mapping saves and by the
// provisioning settings when the scope changes.
import type { Actor } from "@/lib/audit/record-audit-event";
import type { prisma } from "@/lib/db/client";
import type { TMappingSnapshot, TProvisioningScope, TMappingDefinition } from "@/lib/mapping/types";
import { versionJson } from "@/lib/mapping/version-snapshot";

type Db = Pick<typeof prisma, "mappingVersion">;

export type MappingVersionAction = "save" | "rollback" | "import" | "restore" | "initial" | "scope";

export async function appendMappingVersion(
  tx: Db,
  input: {
    jobId: string;
    orgId: string;
    before: { definition: TMappingDefinition; scope: TProvisioningScope };
    after: TMappingSnapshot & { scope: TProvisioningScope };
    action: MappingVersionAction;
    comment?: string;
    actor: Actor;
  },
): Promise<number> {
  const last = await tx.mappingVersion.findFirst({
    where: { jobId: input.jobId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  let number = last?.number ?? 0;
  if (!last) {
    await tx.mappingVersion.create({
      data: {
        jobId: input.jobId,
        orgId: input.orgId,
        number: ++number,
        definition: versionJson(input.before.definition, input.before.scope),
        action: "initial",
        comment: "Before the first change",
      },
    });
  }
  await tx.mappingVersion.create({
    data: {
      jobId: input.jobId,
      orgId: input.orgId,
      number: ++number,
      definition: versionJson(input.after.definition, input.after.scope),
      action: input.action,
      comment: input.comment?.slice(0, 500) || null,
      actorId: input.actor.id ?? null,
      actorName: input.actor.label,
    },
  });
  return number;
}
