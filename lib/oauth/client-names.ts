// The names of OAuth clients by client_id (for screens that show who wrote something with an access token).
import { prisma } from "@/lib/db/client";

export async function clientNames(clientIds: string[]): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const rows = await prisma.oAuthClient.findMany({
    where: { clientId: { in: clientIds } },
    select: { clientId: true, name: true },
  });
  return new Map(rows.map((c) => [c.clientId, c.name]));
}
