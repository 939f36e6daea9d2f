// Creates a sign-in account. Emails are unique, case-insensitively (stored lowercased).
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/directory/db-errors";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";
import { zodFieldErrors } from "@/lib/errors/zod-field-errors";
import { ZCreateAccount, type TCreateAccount } from "./schemas";

export async function createAccount(input: TCreateAccount) {
  const parsed = ZCreateAccount.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", "Check the highlighted fields.", zodFieldErrors(parsed.error));
  }
  const { email, name, password } = parsed.data;
  const existing = await prisma.account.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    throw new AppError("conflict", "An account with this email already exists.", {
      email: ["An account with this email already exists. Sign in instead."],
    });
  }
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.account.create({
      data: { email, name, passwordHash },
      select: { id: true, email: true, name: true, createdAt: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "An account with this email already exists.", {
        email: ["An account with this email already exists. Sign in instead."],
      });
    }
    throw error;
  }
}
