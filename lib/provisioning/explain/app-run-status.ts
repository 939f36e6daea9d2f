// Each enterprise app's provisioning status as the help desk may see it (read-only): On/Off, quarantine, last and
// next cycle, with the job's mapping and scope for the explanations. No credential or URL leaves this function.
import { prisma } from "@/lib/db/client";
import { readJobScope } from "@/lib/mapping/version-snapshot";
import type { TMappingDefinition, TProvisioningScope } from "@/lib/mapping/types";
import { readMapping } from "@/lib/mapping/read-mapping";
import type { AppRunFacts } from "./user-answer";

export type AppRunStatus = AppRunFacts & {
  id: string;
  jobId: string;
  mode: string;
  quarantineSince: Date | null;
  lastCycleFinishedAt: Date | null;
  lastCycleId: string | null;
  lastCycleStatus: string | null;
  scope: TProvisioningScope;
  mapping: TMappingDefinition;
};

/** Next cycle as the provisioning page states it: only when On and Automatic. */
export function nextRunOf(job: { enabled: boolean; mode: string; nextRunAt: Date | null }, now: Date): Date | null {
  return job.enabled && job.mode === "automatic" ? (job.nextRunAt ?? now) : null;
}

export async function listAppRunStatus(orgId: string, now = new Date()): Promise<AppRunStatus[]> {
  const apps = await prisma.enterpriseApp.findMany({
    where: { orgId, job: { isNot: null } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      job: {
        select: {
          id: true,
          mode: true,
          enabled: true,
          scope: true,
          mapping: true,
          nextRunAt: true,
          quarantinedAt: true,
          quarantineReason: true,
          lastCycleFinishedAt: true,
        },
      },
    },
  });
  const lastCycles = await Promise.all(
    apps.map((a) =>
      prisma.provisioningCycle.findFirst({
        where: { jobId: a.job!.id, status: { not: "running" }, type: { not: "on-demand" } },
        orderBy: { startedAt: "desc" },
        select: { id: true, status: true },
      }),
    ),
  );
  return apps.map((a, i) => {
    const job = a.job!;
    return {
      id: a.id,
      name: a.name,
      jobId: job.id,
      mode: job.mode,
      isOn: job.enabled && job.mode === "automatic",
      isQuarantined: Boolean(job.quarantinedAt),
      quarantineReason: job.quarantineReason,
      quarantineSince: job.quarantinedAt,
      nextRunAt: nextRunOf(job, now),
      lastCycleFinishedAt: job.lastCycleFinishedAt,
      lastCycleId: lastCycles[i]?.id ?? null,
      lastCycleStatus: lastCycles[i]?.status ?? null,
      scope: readJobScope(job.scope),
      mapping: readMapping(job.mapping),
    };
  });
}
