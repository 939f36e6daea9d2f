// Looks an organization up by id or slug (the CLI's --org and the console's URL both accept either).
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export async function findOrganization(idOrSlug: string) {
  return prisma.organization.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
}

export async function getOrganization(idOrSlug: string) {
  const org = await findOrganization(idOrSlug);
  if (!org) throw new AppError("not_found", `No organization with id or slug "${idOrSlug}".`);
  return org;
}
