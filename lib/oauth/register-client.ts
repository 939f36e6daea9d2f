// Registers an OAuth client (the provisioning service that will call Authorize). A confidential client's
// secret is returned once; only its hash is stored.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { parseInput } from "@/lib/errors/parse-input";
import { CLI_ACTOR, recordAuditEvent, type Actor } from "@/lib/audit/record-audit-event";
import { hashToken, newSecret } from "@/lib/scim-tokens/token-hash";
import { CLIENT_ID_PREFIX, CLIENT_SECRET_PREFIX } from "./constants";
import { redirectUriProblem } from "./redirect-uri";

export const ZRegisterClient = z.object({
  name: z.string().trim().min(1, { message: "Name the client (users see it on the consent screen)." }).max(100),
  redirectUris: z
    .array(
      z.string().superRefine((uri, ctx) => {
        const problem = redirectUriProblem(uri);
        if (problem) ctx.addIssue({ code: "custom", message: `${uri}: ${problem}.` });
      }),
    )
    .min(1, { message: "Give at least one redirect URI." })
    .max(10)
    .refine((uris) => new Set(uris).size === uris.length, { message: "A redirect URI is listed twice." }),
  confidential: z.boolean().optional(),
});
export type TRegisterClient = z.infer<typeof ZRegisterClient>;

export type RegisteredClient = {
  id: string;
  clientId: string;
  name: string;
  redirectUris: string[];
  confidential: boolean;
  clientSecret?: string;
};

export async function registerClient(input: TRegisterClient, actor: Actor = CLI_ACTOR): Promise<RegisteredClient> {
  // Issues on one URI arrive as redirectUris.0, redirectUris.1, ...: one field for the caller.
  const { name, redirectUris, confidential = false } = parseInput(ZRegisterClient, input, { byTopField: true });
  const clientId = newSecret(CLIENT_ID_PREFIX, 16);
  const clientSecret = confidential ? newSecret(CLIENT_SECRET_PREFIX) : undefined;
  const row = await prisma.$transaction(async (tx) => {
    const row = await tx.oAuthClient.create({
      data: { clientId, name, redirectUris, secretHash: clientSecret ? hashToken(clientSecret) : null },
      select: { id: true },
    });
    await recordAuditEvent(
      {
        actor,
        action: "oauth.client.create",
        targetType: "oauthClient",
        targetId: clientId,
        newValue: { name, redirectUris, confidential },
      },
      tx,
    );
    return row;
  });
  return { id: row.id, clientId, name, redirectUris, confidential, ...(clientSecret ? { clientSecret } : {}) };
}
