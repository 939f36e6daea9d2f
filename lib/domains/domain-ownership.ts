// The one-organization-per-domain rule (as in GoTo): a name verified by one organization cannot be added to,
// verified by, or claimed for another. Enforced here and by the unique Domain.verifiedName column.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The verified row for this name in an organization other than `orgId` (any organization when orgId is null). */
export async function findVerifiedElsewhere(name: string, orgId: string | null) {
  return prisma.domain.findFirst({
    where: { name, status: "verified", ...(orgId ? { NOT: { orgId } } : {}) },
    select: { id: true, orgId: true },
  });
}

export function takenError(name: string): AppError {
  return new AppError(
    "conflict",
    `${name} is already verified by another organization. A domain belongs to one organization only; ask that organization's administrator to add you.`,
    {
      domain: ["Already verified by another organization."],
    },
  );
}

export async function assertNotVerifiedElsewhere(name: string, orgId: string | null): Promise<void> {
  if (await findVerifiedElsewhere(name, orgId)) throw takenError(name);
}
