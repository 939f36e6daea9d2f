// Resolves a user or group named on the command line or in a form: by id, objectId, userPrincipalName / displayName.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export async function findSourceUser(orgId: string, ref: string) {
  const value = ref.trim();
  const user = await prisma.sourceUser.findFirst({
    where: {
      orgId,
      deletedAt: null,
      OR: [{ id: value }, { objectId: value.toLowerCase() }, { upnLower: value.toLowerCase() }],
    },
    select: { id: true, objectId: true, userPrincipalName: true, displayName: true },
  });
  if (!user) throw new AppError("not_found", `No source user "${ref}" (give its userPrincipalName, objectId or id).`);
  return user;
}

export async function findSourceGroup(orgId: string, ref: string) {
  const value = ref.trim();
  const group = await prisma.sourceGroup.findFirst({
    where: {
      orgId,
      deletedAt: null,
      OR: [{ id: value }, { objectId: value.toLowerCase() }, { displayNameLower: value.toLowerCase() }],
    },
    select: { id: true, objectId: true, displayName: true },
  });
  if (!group) throw new AppError("not_found", `No source group "${ref}" (give its display name, objectId or id).`);
  return group;
}
