import { registerClient } from "@/lib/oauth/register-client";
import { listClients } from "@/lib/oauth/list-clients";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { table, type Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const USAGE =
  "Usage: org-center oauth client create --name N --redirect-uri URI [--redirect-uri URI2] [--confidential] | oauth client list";

export async function oauthCommand(
  sub: string | undefined,
  options: Record<string, unknown>,
  out: Output,
  args: string[] = [],
) {
  const action = args[0];
  if (sub !== "client" || !action || !["create", "list"].includes(action)) throw new UsageError(USAGE);
  if (action === "create") {
    const uris = options["redirect-uri"];
    const redirectUris = Array.isArray(uris) ? uris.map(String) : [];
    if (redirectUris.length === 0) throw new UsageError("Missing --redirect-uri.");
    const c = await registerClient(
      { name: requireOption(options, "name"), redirectUris, confidential: Boolean(options.confidential) },
      CLI_ACTOR,
    );
    out.print(c, () =>
      [
        `Registered OAuth client "${c.name}" (${c.confidential ? "confidential" : "public, PKCE only"}).`,
        `client_id:     ${c.clientId}`,
        ...(c.clientSecret ? [`client_secret: ${c.clientSecret}`, "The secret is shown only now."] : []),
        `redirect URIs: ${c.redirectUris.join(" ")}`,
      ].join("\n"),
    );
    return;
  }
  const clients = await listClients();
  out.print(clients, () =>
    table(
      clients.map((c) => ({ ...c, redirectUris: c.redirectUris.join(" ") })),
      ["clientId", "name", "confidential", "redirectUris", "createdAt"],
    ),
  );
}
