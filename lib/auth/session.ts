// The signed-in account for server components, actions and route handlers (null when signed out).
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db/client";
import { authOptions } from "./auth-options";

export type SessionAccount = { id: string; email: string; name: string };

export async function getSessionAccount(): Promise<SessionAccount | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  // The account may have been deleted since the token was issued.
  return prisma.account.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}
