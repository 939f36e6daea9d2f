// Checks a sign-in attempt, rate-limited per email and per client address.
import { prisma } from "@/lib/db/client";
import { verifyPassword } from "@/lib/accounts/password";
import { consumeRateLimit, clearRateLimit } from "@/lib/ops/rate-limit";
import { AppError } from "@/lib/errors/app-error";

const MAX_ATTEMPTS_PER_EMAIL = Number(process.env.SIGNIN_MAX_ATTEMPTS ?? 5);
const MAX_ATTEMPTS_PER_IP = MAX_ATTEMPTS_PER_EMAIL * 10;
const WINDOW_MS = 15 * 60 * 1000;
// A constant hash so unknown emails cost the same time as wrong passwords.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.BJYVq4hbOoZbLG6Uj0ZgnfHZ3p3W";

const UNLIMITED = { allowed: true, retryAfterSeconds: 0 };

/** clientIp is known only behind a trusted proxy; without it, only the per-email limit applies. */
export async function authenticate(emailInput: string, password: string, clientIp?: string) {
  const email = emailInput.trim().toLowerCase();
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(`signin:email:${email}`, MAX_ATTEMPTS_PER_EMAIL, WINDOW_MS),
    clientIp ? consumeRateLimit(`signin:ip:${clientIp}`, MAX_ATTEMPTS_PER_IP, WINDOW_MS) : UNLIMITED,
  ]);
  if (!byEmail.allowed || !byIp.allowed) {
    const minutes = Math.ceil(Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds) / 60);
    throw new AppError(
      "rate_limited",
      `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
  const account = await prisma.account.findUnique({ where: { email } });
  const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !ok) throw new AppError("unauthorized", "The email or password is incorrect.");
  await clearRateLimit(`signin:email:${email}`);
  return { id: account.id, email: account.email, name: account.name };
}
