// Registers one more redirect URI on an Org Center-owned client (the LogMeIn app's): the callback on another host
// an admin uses. The first (primary) URI is always kept; at most `max` in all, the oldest extra ones dropped.
import { prisma } from "@/lib/db/client";
import { toRedirectUris } from "./find-client";

export async function addRedirectUri(clientId: string, uri: string, max = 10): Promise<boolean> {
  const client = await prisma.oAuthClient.findUnique({ where: { clientId }, select: { redirectUris: true } });
  if (!client) return false;
  const registered = toRedirectUris(client.redirectUris);
  if (registered.includes(uri)) return true;
  const [primary, ...others] = registered;
  const kept = [...(primary ? [primary] : []), ...others.slice(-(max - 2)), uri];
  await prisma.oAuthClient.update({ where: { clientId }, data: { redirectUris: kept } });
  return true;
}
