// Operator CLI: parses argv, dispatches to a command, translates errors to messages and exit codes.
import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors/app-error";
import { createOutput, type Output } from "./output";
import { UsageError } from "./usage-error";
import { logger } from "@/lib/log/logger";

type Command = (
  sub: string | undefined,
  options: Record<string, unknown>,
  out: Output,
  args: string[],
) => Promise<void>;

// Each command's module is loaded only when it runs: loading them all (the whole of lib/ through tsx) took ~1.2 s of
// every invocation, --help included.
const COMMANDS: Record<string, () => Promise<Command>> = {
  db: async () => (await import("./db")).dbCommand,
  account: async () => (await import("./account")).accountCommand,
  org: async () => (await import("./org")).orgCommand,
  member: async () => (await import("./member")).memberCommand,
  domain: async () => (await import("./domain")).domainCommand,
  token: async () => (await import("./token")).tokenCommand,
  oauth: async () => (await import("./oauth")).oauthCommand,
  directory: async () => (await import("./directory")).directoryCommand,
  app: async () => (await import("./app")).appCommand,
  provisioning: async () => (await import("./provisioning")).provisioningCommand,
  logs: async () => (await import("./logs")).logsCommand,
  expression: async () => (await import("./expression")).expressionCommand,
  mapping: async () => (await import("./mapping")).mappingCommand,
};

/** Commands that never open the database: nothing to close after them. */
const WITHOUT_DATABASE = new Set(["expression"]);

const HELP = `Usage: org-center <command> [options]   (--json for machine-readable output)

  db migrate                                   apply pending database migrations
  db seed                                      seed the demo organization into a new database
  db backup --file F                           consistent online backup of the SQLite database (app may run)
  db restore --file F                          restores a backup into a stopped instance (keeps the old file)
  account create --email E --name N --password P
  org create --name N --owner EMAIL            prints the organization's id and slug
  org list
  member set-role --org ORG --email E --role admin|admin-read-only|help-desk|user
  domain add --org ORG --domain D              prints the verification code
  domain list --org ORG
  domain mark-verified --org ORG --domain D    operator override, audited
  token create --org ORG --name N [--expires-days D]   prints the SCIM secret token once
  token list --org ORG
  token revoke --org ORG --token ID|NAME
  oauth client create --name N --redirect-uri URI [--redirect-uri URI2] [--confidential]
                                               registers an Authorize client; prints client_id (and the secret once)
  oauth client list
  directory import --org ORG --file F.csv       source directory users (and their groups) from CSV; all rows or none
  directory export --org ORG [--file F.csv]    the source directory as CSV (stdout without --file)
  directory list --org ORG [--groups]
  app create --org ORG --name N --tenant-url URL --token T     a custom SCIM app (any SCIM 2.0 server)
  app create --org ORG --name N --gallery logmein [--base-url URL]
  app list --org ORG
  app assign|unassign --org ORG --app APP [--user UPN]... [--group NAME]...
  provisioning start|stop|status|restart|allow-deletes|test --org ORG --app APP
  provisioning run --org ORG --app APP --wait  runs one cycle here and prints its counts
  logs export --org ORG --format csv|json [--kind provisioning|scim] [--file F] [filters]
                                               every log entry matching the filters, streamed (stdout without --file);
                                               filters: --search --range --from --to --status --action --app --cycle
                                               --change --hide-out-of-scope --method --resource-type --request-id --sort
  expression eval --expr E [--source JSON]     evaluates an attribute-mapping expression, e.g.
                                               --expr 'ToLower([mail])' --source '{"mail":"A@contoso.com"}'
  expression functions                         the expression functions with their signatures
  mapping show|versions --org ORG --app APP    an app's attribute mappings and scope; their saved versions
  mapping export|import --org ORG --app APP [--file F.json]   JSON export; import saves it as a new version
  mapping diff --org ORG --app APP --from N [--to M]   what changed between versions (default: to the current)
  mapping rollback --org ORG --app APP --to N  saves version N again; the next cycle is a full one
  mapping restore --org ORG --app APP          restores the default mappings
  mapping preview --org ORG --app APP --file F.json   dry run: creates, updates, disables, deletes

ORG is an organization id or slug. DATABASE_URL selects the database (default: SQLite under ./data).`;

const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  email: { type: "string" },
  name: { type: "string" },
  password: { type: "string" },
  owner: { type: "string" },
  org: { type: "string" },
  role: { type: "string" },
  domain: { type: "string" },
  token: { type: "string" },
  "expires-days": { type: "string" },
  "redirect-uri": { type: "string", multiple: true },
  confidential: { type: "boolean" },
  file: { type: "string" },
  app: { type: "string" },
  "tenant-url": { type: "string" },
  gallery: { type: "string" },
  "base-url": { type: "string" },
  user: { type: "string", multiple: true },
  group: { type: "string", multiple: true },
  groups: { type: "boolean" },
  wait: { type: "boolean" },
  format: { type: "string" },
  kind: { type: "string" },
  search: { type: "string" },
  range: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  status: { type: "string" },
  action: { type: "string" },
  cycle: { type: "string" },
  change: { type: "string" },
  "hide-out-of-scope": { type: "boolean" },
  method: { type: "string" },
  "resource-type": { type: "string" },
  "request-id": { type: "string" },
  sort: { type: "string" },
  expr: { type: "string" },
  source: { type: "string" },
} as const;

export async function main(argv: string[]): Promise<number> {
  let json = argv.includes("--json");
  let opensDatabase = false;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    json = Boolean(values.json);
    const [name, sub] = positionals;
    if (values.help || !name) {
      process.stdout.write(`${HELP}\n`);
      return name || values.help ? 0 : 2;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new UsageError(`Unknown command "${name}".`);
    opensDatabase = !WITHOUT_DATABASE.has(name);
    const command = await load();
    await command(sub, values, createOutput(json), positionals.slice(2));
    return 0;
  } catch (error) {
    return reportError(error, json);
  } finally {
    if (opensDatabase) {
      const { prisma } = await import("@/lib/db/client");
      await prisma.$disconnect();
    }
  }
}

function reportError(error: unknown, json: boolean): number {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  const known = usage || isAppError(error);
  const message = known ? (error as Error).message : `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
  const details = isAppError(error) ? error.fieldErrors : undefined;
  if (json)
    process.stderr.write(
      `${JSON.stringify({ error: { code: isAppError(error) ? error.code : usage ? "usage" : "internal", message, details } })}\n`,
    );
  else {
    process.stderr.write(`error: ${message}\n`);
    if (details)
      for (const [field, msgs] of Object.entries(details)) process.stderr.write(`  --${field}: ${msgs.join(" ")}\n`);
    if (usage) process.stderr.write(`Run "org-center --help" for usage.\n`);
  }
  if (!known) logger.error({ err: error, component: "cli" }, "Unexpected error");
  return usage ? 2 : 1;
}
