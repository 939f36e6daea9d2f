// Resolves a SCIM bearer token (a secret token or an OAuth access token) to its organization.
import { prisma } from "@/lib/db/client";
import { hashToken } from "./token-hash";

export type BearerIdentity = { orgId: string; kind: "secret-token" | "oauth"; credentialId: string; name: string; inboundEnabled: boolean };

// lastUsedAt is written at most once a minute per token, to keep hot paths free of writes.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateBearer(authorization: string | null | undefined, now = new Date()): Promise<BearerIdentity | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return null;
  const digest = hashToken(match[1]!);
  // One query answers the hot path: the token, its organization and whether it accepts provisioning.
  const secret = await prisma.scimToken.findUnique({
    where: { tokenHash: digest },
    select: { id: true, orgId: true, name: true, expiresAt: true, revokedAt: true, lastUsedAt: true, org: { select: { inboundEnabled: true } } },
  });
  if (secret) {
    if (secret.revokedAt || (secret.expiresAt && secret.expiresAt <= now)) return null;
    if (!secret.lastUsedAt || now.getTime() - secret.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await prisma.scimToken.update({ where: { id: secret.id }, data: { lastUsedAt: now } });
    }
    return { orgId: secret.orgId, kind: "secret-token", credentialId: secret.id, name: secret.name, inboundEnabled: secret.org.inboundEnabled };
  }
  const oauth = await prisma.oAuthToken.findUnique({ where: { accessTokenHash: digest }, select: { id: true, orgId: true, clientId: true, expiresAt: true, revokedAt: true, lastUsedAt: true } });
  if (oauth && !oauth.revokedAt && oauth.expiresAt > now) {
    if (!oauth.lastUsedAt || now.getTime() - oauth.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await prisma.oAuthToken.update({ where: { id: oauth.id }, data: { lastUsedAt: now } });
    }
    const org = await prisma.organization.findUnique({ where: { id: oauth.orgId }, select: { inboundEnabled: true } });
    if (!org) return null;
    return { orgId: oauth.orgId, kind: "oauth", credentialId: oauth.id, name: `OAuth (${oauth.clientId})`, inboundEnabled: org.inboundEnabled };
  }
  return null;
}
