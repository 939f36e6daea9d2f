// Creates a sign-in account. Emails are unique, case-insensitively (stored lowercased).
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/db-errors";
import { hashPassword } from "@/lib/accounts/password";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { ZCreateAccount, type TCreateAccount } from "./schemas";

export async function createAccount(input: TCreateAccount) {
  const { email, name, password } = parseInput(ZCreateAccount, input, { message: "Check the highlighted fields." });
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
