// Looks a registered OAuth client up by its client_id. The secret hash stays in lib/oauth.
import { prisma } from "@/lib/db/client";

export type OAuthClientRecord = { clientId: string; name: string; redirectUris: string[]; secretHash: string | null };

export function toRedirectUris(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export async function findClient(clientId: string): Promise<OAuthClientRecord | null> {
  const row = await prisma.oAuthClient.findUnique({
    where: { clientId },
    select: { clientId: true, name: true, redirectUris: true, secretHash: true },
  });
  return row ? { ...row, redirectUris: toRedirectUris(row.redirectUris) } : null;
}
