// The organization's active Authorize grants, for the console's SCIM page: which client, who authorized, when
// last used. Revoked and fully expired grants are left out; token hashes never leave lib/.
import { prisma } from "@/lib/db/client";

export type AuthorizedApp = {
  id: string;
  clientId: string;
  clientName: string;
  scope: string;
  authorizedBy: { id: string; email: string; name: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date;
};

export async function listAuthorizedApps(orgId: string, now = new Date()): Promise<AuthorizedApp[]> {
  const grants = await prisma.oAuthToken.findMany({
    where: { orgId, revokedAt: null, refreshExpiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      clientId: true,
      accountId: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      refreshExpiresAt: true,
    },
  });
  const [clients, accounts] = await Promise.all([
    prisma.oAuthClient.findMany({
      where: { clientId: { in: [...new Set(grants.map((g) => g.clientId))] } },
      select: { clientId: true, name: true },
    }),
    prisma.account.findMany({
      where: { id: { in: [...new Set(grants.map((g) => g.accountId))] } },
      select: { id: true, email: true, name: true },
    }),
  ]);
  const clientName = new Map(clients.map((c) => [c.clientId, c.name]));
  const account = new Map(accounts.map((a) => [a.id, a]));
  return grants.map((g) => ({
    id: g.id,
    clientId: g.clientId,
    clientName: clientName.get(g.clientId) ?? g.clientId,
    scope: g.scope,
    authorizedBy: account.get(g.accountId) ?? null,
    createdAt: g.createdAt,
    lastUsedAt: g.lastUsedAt,
    accessTokenExpiresAt: g.expiresAt,
    refreshTokenExpiresAt: g.refreshExpiresAt,
  }));
}
