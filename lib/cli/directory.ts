// org-center directory import|export|list: the organization's source directory (PRODUCT.md §5).
import fs from "node:fs";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { getOrganization } from "@/lib/orgs/find-organization";
import { exportDirectoryCsv } from "@/lib/source-directory/export-directory";
import { importDirectoryCsv } from "@/lib/source-directory/import-directory";
import { listSourceGroups, listSourceUsers } from "@/lib/source-directory/list-source-directory";
import { AppError } from "@/lib/errors/app-error";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const USAGE =
  "Usage: org-center directory import --org ORG --file F.csv | directory export --org ORG [--file F.csv] | directory list --org ORG [--groups]";

export async function directoryCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (!sub || !["import", "export", "list"].includes(sub)) throw new UsageError(USAGE);
  const org = await getOrganization(requireOption(options, "org"));
  if (sub === "import") {
    const file = requireOption(options, "file");
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(
        `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      );
    }
    const result = await importDirectoryCsv(org.id, text, CLI_ACTOR);
    if (!result.applied) {
      const lines = result.errors.map((e) => `  row ${e.row}${e.column ? ` (${e.column})` : ""}: ${e.message}`);
      throw new AppError(
        "invalid_input",
        `${result.errors.length} error(s) in ${file}; nothing was imported.\n${lines.join("\n")}`,
        { rows: result.errors.map((e) => `row ${e.row}${e.column ? ` (${e.column})` : ""}: ${e.message}`) },
      );
    }
    out.print(
      result,
      () =>
        `Imported ${result.rows} row(s): ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged; ${result.groupsCreated} group(s) created; memberships +${result.membershipsAdded} -${result.membershipsRemoved}.`,
    );
    return;
  }
  if (sub === "export") {
    const csv = await exportDirectoryCsv(org.id);
    const file = options.file as string | undefined;
    if (file) {
      fs.writeFileSync(file, csv);
      out.print(
        { file, rows: csv.split("\r\n").length - 2 },
        () => `Wrote ${csv.split("\r\n").length - 2} user(s) to ${file}.`,
      );
    } else process.stdout.write(csv);
    return;
  }
  const page = { page: 1, pageSize: 10_000, q: "" };
  if (options.groups) {
    const { rows, total } = await listSourceGroups(org.id, { ...page, sort: { id: "displayName", desc: false } });
    out.print(
      { total, groups: rows },
      () => `${table(rows, ["displayName", "memberCount", "objectId", "id"])}\n${total} group(s)`,
    );
    return;
  }
  const { rows, total } = await listSourceUsers(org.id, { ...page, sort: { id: "userPrincipalName", desc: false } });
  out.print(
    { total, users: rows },
    () =>
      `${table(
        rows.map((r) => ({ ...r, accountEnabled: r.accountEnabled ? "yes" : "no" })),
        ["userPrincipalName", "displayName", "department", "accountEnabled", "objectId"],
      )}\n${total} user(s)`,
  );
}
