// org-center app create|list|assign|unassign: enterprise apps and their assignments.
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { getOrganization } from "@/lib/orgs/find-organization";
import { assignPrincipal, unassignPrincipal, type PrincipalRef } from "@/lib/provisioning/apps/assignments";
import { createApp } from "@/lib/provisioning/apps/create-app";
import { findApp, listApps } from "@/lib/provisioning/apps/find-app";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const USAGE = [
  "Usage: org-center app create --org ORG --name N --tenant-url URL --token T   (a custom SCIM app)",
  "       org-center app create --org ORG --name N --gallery logmein [--base-url URL]",
  "       org-center app list --org ORG",
  "       org-center app assign|unassign --org ORG --app APP [--user UPN]... [--group NAME]...",
].join("\n");

function principals(options: Record<string, unknown>): PrincipalRef[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === "string" ? [v] : []);
  const refs = [
    ...list(options.user).map((ref) => ({ type: "user" as const, ref })),
    ...list(options.group).map((ref) => ({ type: "group" as const, ref })),
  ];
  if (refs.length === 0) throw new UsageError("Name at least one --user or --group.");
  return refs;
}

export async function appCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (!sub || !["create", "list", "assign", "unassign"].includes(sub)) throw new UsageError(USAGE);
  const org = await getOrganization(requireOption(options, "org"));
  if (sub === "create") {
    const gallery = options.gallery as string | undefined;
    if (gallery && gallery.toLowerCase() !== "logmein") throw new UsageError('The only gallery app is "logmein".');
    const baseUrl =
      (options["base-url"] as string | undefined) ??
      process.env.NEXTAUTH_URL ??
      `http://localhost:${process.env.PORT ?? 3000}`;
    const input = gallery
      ? { name: requireOption(options, "name"), kind: "logmein" as const }
      : {
          name: requireOption(options, "name"),
          kind: "custom" as const,
          tenantUrl: requireOption(options, "tenant-url"),
          secretToken: requireOption(options, "token"),
        };
    const app = await createApp(org.id, input, { baseUrl, actor: CLI_ACTOR });
    out.print(
      app,
      () =>
        `Created ${app.kind === "logmein" ? "LogMeIn" : "custom SCIM"} app "${app.name}" (${app.id}), provisioning mode ${app.mode}.${app.kind === "logmein" ? " Authorize it on its provisioning page." : ""}`,
    );
    return;
  }
  if (sub === "list") {
    const apps = await listApps(org.id);
    const rows = apps.map((a) => ({
      ...a,
      status: a.job?.enabled ? "On" : "Off",
      mode: a.job?.mode,
      quarantined: a.job?.quarantinedAt ? "yes" : "",
      lastCycle: a.job?.lastCycleFinishedAt,
    }));
    out.print(apps, () =>
      table(rows, ["name", "kind", "mode", "status", "quarantined", "assignmentCount", "lastCycle", "id"]),
    );
    return;
  }
  const app = await findApp(org.id, requireOption(options, "app"));
  const results: { principalType: string; name: string; changed?: boolean }[] = [];
  for (const p of principals(options))
    results.push(
      sub === "assign"
        ? await assignPrincipal(org.id, app.id, p, CLI_ACTOR)
        : await unassignPrincipal(org.id, app.id, p, CLI_ACTOR),
    );
  out.print(results, () =>
    results
      .map(
        (r) =>
          `${sub === "assign" ? "Assigned" : "Unassigned"} ${r.principalType} ${r.name}${r.changed === false ? " (already assigned)" : ""}.`,
      )
      .join("\n"),
  );
}
