// Registered OAuth clients, without secret hashes.
import { prisma } from "@/lib/db/client";
import { toRedirectUris } from "./find-client";

export async function listClients() {
  const rows = await prisma.oAuthClient.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, clientId: true, name: true, redirectUris: true, secretHash: true, createdAt: true },
  });
  return rows.map(({ secretHash, redirectUris, ...row }) => ({
    ...row,
    redirectUris: toRedirectUris(redirectUris),
    confidential: secretHash !== null,
  }));
}
