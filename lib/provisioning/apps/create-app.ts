// Creates an enterprise app and its provisioning job. LogMeIn (gallery): Org Center registers its own OAuth client
// for the app (PKCE, redirect back to /api/provisioning/oauth/callback) and targets this instance's SCIM endpoint;
// the target organization is chosen when an admin authorizes. Custom: any SCIM 2.0 Tenant URL + Secret Token.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { registerClient } from "@/lib/oauth/register-client";
import { configHash } from "@/lib/mapping/config-hash";
import { defaultMappings } from "@/lib/mapping/default-mappings";
import { parseInput } from "@/lib/errors/parse-input";
import { sealCredentials } from "../app-credentials/app-credentials";
import { parseTenantUrl } from "../scim-client/target-url";

export const APP_KINDS = ["logmein", "custom"] as const;
export const OAUTH_CALLBACK_PATH = "/api/provisioning/oauth/callback";

export const ZCreateApp = z.object({
  name: z.string().trim().min(1, { message: "Name the application." }).max(100, { message: "At most 100 characters." }),
  kind: z.enum(APP_KINDS),
  tenantUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || undefined),
  secretToken: z
    .string()
    .trim()
    .max(4096)
    .optional()
    .transform((v) => v || undefined),
});
export type TCreateApp = z.input<typeof ZCreateApp>;

export async function createApp(orgId: string, input: TCreateApp, options: { baseUrl: string; actor: Actor }) {
  const data = parseInput(ZCreateApp, input);
  if (
    await prisma.enterpriseApp.findUnique({ where: { orgId_name: { orgId, name: data.name } }, select: { id: true } })
  ) {
    throw new AppError("conflict", `An application named "${data.name}" already exists.`, {
      name: ["Choose another name."],
    });
  }
  let tenantUrl = data.tenantUrl;
  let oauthClientId: string | null = null;
  let oauthRedirectUri: string | null = null;
  const base = options.baseUrl.replace(/\/+$/, "");
  if (data.kind === "logmein") {
    tenantUrl = `${base}/scim/v2`;
    oauthRedirectUri = `${base}${OAUTH_CALLBACK_PATH}`;
    const client = await registerClient(
      { name: `${data.name} (Org Center provisioning)`, redirectUris: [oauthRedirectUri] },
      options.actor,
    );
    oauthClientId = client.clientId;
  } else if (tenantUrl) {
    parseTenantUrl(tenantUrl);
  }
  const credentials =
    data.kind === "custom" && data.secretToken
      ? sealCredentials({ type: "secret-token", token: data.secretToken })
      : null;
  const ready = data.kind === "custom" && Boolean(tenantUrl && credentials);
  return prisma.$transaction(async (tx) => {
    const app = await tx.enterpriseApp.create({
      data: {
        orgId,
        name: data.name,
        kind: data.kind,
        tenantUrl: tenantUrl ?? null,
        credentials,
        oauthClientId,
        oauthRedirectUri,
      },
      select: { id: true, name: true, kind: true, tenantUrl: true },
    });
    const job = await tx.provisioningJob.create({
      data: {
        appId: app.id,
        orgId,
        mode: ready ? "automatic" : "manual",
        configHash: configHash(defaultMappings(), "assigned"),
      },
      select: { id: true, mode: true },
    });
    await recordAuditEvent(
      {
        orgId,
        actor: options.actor,
        action: "app.create",
        targetType: "enterpriseApp",
        targetId: app.id,
        newValue: {
          name: app.name,
          kind: app.kind,
          tenantUrl: app.tenantUrl,
          secretToken: credentials ? "[set]" : undefined,
        },
      },
      tx,
    );
    return { ...app, jobId: job.id, mode: job.mode };
  });
}
