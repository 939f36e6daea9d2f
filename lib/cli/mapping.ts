// org-center mapping show|export|import|versions|diff|rollback|restore|preview: an app's saved mappings and scope.
import fs from "node:fs";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { describeMapping, diffVersions } from "@/lib/mapping/diff-definitions";
import {
  exportMapping,
  getMapping,
  getMappingVersion,
  importMapping,
  listMappingVersions,
  restoreDefaultMappings,
  rollbackMapping,
} from "@/lib/provisioning/mappings/mapping-store";
import { previewMapping } from "@/lib/provisioning/mappings/preview";
import { SCOPE_LABELS, ZMappingDefinition } from "@/lib/mapping/types";
import { getOrganization } from "@/lib/orgs/find-organization";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const USAGE =
  "Usage: org-center mapping show|export|import|versions|diff|rollback|restore|preview --org ORG --app APP [--file F] [--from N] [--to N]";

function versionNumber(raw: unknown, name: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a version number (see "mapping versions").`);
  return n;
}

function readFile(path: string): string {
  try {
    return fs.readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

export async function mappingCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  const subs = ["show", "export", "import", "versions", "diff", "rollback", "restore", "preview"];
  if (!sub || !subs.includes(sub)) throw new UsageError(USAGE);
  const org = await getOrganization(requireOption(options, "org"));
  const app = requireOption(options, "app");
  if (sub === "show") {
    const { definition, scope, isDefault } = await getMapping(org.id, app);
    out.print(
      { isDefault, scope, definition },
      () =>
        `Scope: ${SCOPE_LABELS[scope]}\n` +
        (["user", "group"] as const)
          .map(
            (k) =>
              `${k === "user" ? "Users" : "Groups"} (${definition[k].enabled ? "enabled" : "disabled"}):\n${definition[k].attributes.map((a) => `  ${describeMapping(a)}`).join("\n")}${definition[k].scopingFilters.length ? `\n  ${definition[k].scopingFilters.length} scoping filter(s)` : ""}`,
          )
          .join("\n"),
    );
  } else if (sub === "export") {
    const json = await exportMapping(org.id, app);
    if (options.file) fs.writeFileSync(String(options.file), json);
    out.print(options.file ? { file: options.file } : JSON.parse(json), () =>
      options.file ? `Wrote ${options.file}.` : json,
    );
  } else if (sub === "import") {
    const saved = await importMapping(org.id, app, readFile(requireOption(options, "file")), CLI_ACTOR);
    out.print({ version: saved.version }, () => `Imported as version ${saved.version}. The next cycle is a full one.`);
  } else if (sub === "versions") {
    const versions = await listMappingVersions(org.id, app);
    out.print(
      versions.map(({ definition: _d, ...v }) => v),
      () =>
        table(
          versions.map(({ definition: _d, ...v }) => v),
          ["number", "action", "actorName", "createdAt", "comment"],
        ),
    );
  } else if (sub === "diff") {
    const from = await getMappingVersion(org.id, app, versionNumber(requireOption(options, "from"), "from"));
    const to = options.to
      ? await getMappingVersion(org.id, app, versionNumber(options.to, "to"))
      : await getMapping(org.id, app);
    const lines = diffVersions(from, to);
    out.print(lines, () =>
      lines.length
        ? lines
            .map(
              (l) =>
                `${l.kind.padEnd(8)} ${l.object} ${l.what}: ${l.before ?? ""}${l.before && l.after ? " → " : ""}${l.after ?? ""}`,
            )
            .join("\n")
        : "No differences.",
    );
  } else if (sub === "rollback") {
    const saved = await rollbackMapping(org.id, app, versionNumber(requireOption(options, "to"), "to"), CLI_ACTOR);
    out.print(
      { version: saved.version },
      () => `Rolled back (saved as version ${saved.version}). The next cycle is a full one.`,
    );
  } else if (sub === "restore") {
    const saved = await restoreDefaultMappings(org.id, app, CLI_ACTOR);
    out.print({ version: saved.version }, () => `Restored the default mappings (version ${saved.version}).`);
  } else {
    const raw = JSON.parse(readFile(requireOption(options, "file"))) as { definition?: unknown };
    const parsed = ZMappingDefinition.safeParse(
      raw && typeof raw === "object" && "definition" in raw ? raw.definition : raw,
    );
    if (!parsed.success)
      throw new AppError("invalid_input", `The file is not a mapping definition: ${parsed.error.issues[0]?.message}`);
    const preview = await previewMapping(org.id, app, parsed.data);
    out.print(
      preview,
      () =>
        `Next ${preview.cycleType} cycle: creates ${preview.counts.create}, updates ${preview.counts.update}, disables ${preview.counts.disable}, deletes ${preview.counts.delete}, held ${preview.counts.held}, errors ${preview.counts.errors}, unchanged ${preview.counts.unchanged}; out of scope ${preview.counts.outOfScope}.${preview.target.note ? ` ${preview.target.note}` : ""}`,
    );
  }
}
