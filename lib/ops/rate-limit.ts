// Fixed-window rate limiting kept in the database, so every app instance shares the counters. One atomic upsert
// per attempt: a read-then-write would let parallel attempts (PostgreSQL, read committed) each see an empty or
// stale window and all be allowed. API: consumeRateLimit(key, limit, windowMs, now?), clearRateLimit(key).
import { prisma } from "@/lib/db/client";
import { asDate, sqlSession } from "@/lib/db/sql-session";

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

// SET expressions see the row as it was: a window that has run out starts again at 1.
const CONSUME = `
  INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (?, 1, ?)
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "RateLimit"."windowStart" < ? THEN 1 ELSE "RateLimit"."count" + 1 END,
    "windowStart" = CASE WHEN "RateLimit"."windowStart" < ? THEN excluded."windowStart" ELSE "RateLimit"."windowStart" END
  RETURNING "count", "windowStart"`;

export async function consumeRateLimit(
  key: string,
  limit: number,
  windowMs: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowStartFloor = new Date(now.getTime() - windowMs);
  const row = await sqlSession().get<{ count: unknown; windowStart: unknown }>(CONSUME, [
    key,
    now,
    windowStartFloor,
    windowStartFloor,
  ]);
  if (!row) throw new Error(`The rate limit ${key} was not recorded`);
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((asDate(row.windowStart).getTime() + windowMs - now.getTime()) / 1000),
  );
  return { allowed: Number(row.count) <= limit, retryAfterSeconds };
}

export async function clearRateLimit(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}
