// org-center logs export --org ORG --format csv|json [--kind provisioning|scim] [filters] [--file F]: the console's
// log download from the command line, with the same filters (same parser, same streaming export).
import fs from "node:fs";
import { once } from "node:events";
import { getOrganization } from "@/lib/orgs/find-organization";
import { findApp } from "@/lib/provisioning/apps/find-app";
import { exportProvisioningLog } from "@/lib/logs/export-provisioning-log";
import { parseExportFormat } from "@/lib/logs/export-response";
import { exportScimLog } from "@/lib/logs/export-scim-log";
import type { ExportProgress } from "@/lib/logs/export-stream";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";
import { parseScimLogFilters } from "@/lib/logs/scim-log-filters";
import type { Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

export const LOGS_USAGE = `Usage: org-center logs export --org ORG --format csv|json [--kind provisioning|scim] [--file F]
  filters (both kinds): --search TEXT --range 24h|7d|30d|all|custom --from DATE --to DATE --sort asc|desc
  provisioning:         --status Success,Failure,Skipped,Warning --action Create,Update,... --app APP --cycle ID --change ID --hide-out-of-scope
  scim:                 --status 2xx,4xx,5xx --method GET,POST,... --resource-type User,Group --request-id ID[,ID]`;

/** CLI option → the viewer's URL parameter, so both parse through the same function. */
const PARAMS: Record<string, string> = {
  search: "q",
  range: "range",
  from: "from",
  to: "to",
  status: "status",
  action: "action",
  cycle: "cycle",
  change: "change",
  method: "method",
  "resource-type": "resourceType",
  "request-id": "requestId",
};

async function write(stream: NodeJS.WritableStream, chunk: string) {
  if (!stream.write(chunk)) await once(stream, "drain");
}

export async function logsCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (sub !== "export") throw new UsageError(LOGS_USAGE);
  const org = await getOrganization(requireOption(options, "org"));
  const format = parseExportFormat(requireOption(options, "format"));
  const kind = (options.kind as string | undefined) ?? "provisioning";
  if (kind !== "provisioning" && kind !== "scim")
    throw new UsageError(`Unknown --kind "${kind}": use provisioning or scim.`);
  const params = new URLSearchParams();
  for (const [option, param] of Object.entries(PARAMS))
    if (typeof options[option] === "string") params.set(param, options[option] as string);
  if (typeof options.sort === "string") params.set("sort", `at:${options.sort}`);
  if (kind === "provisioning") {
    if (typeof options.app === "string") params.set("app", (await findApp(org.id, options.app)).id);
    if (options["hide-out-of-scope"]) params.set("hideOutOfScope", "1");
  }
  const progress: ExportProgress = { rows: 0 };
  const chunks =
    kind === "provisioning"
      ? exportProvisioningLog(
          org.id,
          parseProvisioningLogFilters(params, { strict: true }),
          format,
          new Date(),
          progress,
        )
      : exportScimLog(org.id, parseScimLogFilters(params, { strict: true }), format, new Date(), progress);
  const file = options.file as string | undefined;
  const target = file ? fs.createWriteStream(file) : process.stdout;
  for await (const chunk of chunks) await write(target, chunk);
  if (file) {
    (target as fs.WriteStream).end();
    await once(target, "finish");
    out.print(
      { file, rows: progress.rows, format, kind },
      () =>
        `Wrote ${progress.rows} ${kind === "provisioning" ? "provisioning log entries" : "SCIM requests"} to ${file}.`,
    );
  }
}
