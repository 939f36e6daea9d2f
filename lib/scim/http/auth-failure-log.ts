// Rejected SCIM authentication (401), logged for the operator at the instance level: the client address and the
// token's first characters (never the token), at most AUTH_FAILURE_LOG_LIMIT lines a minute per process.
// API: logAuthFailure({ clientAddress, authorization, path, userAgent }), tokenPrefix(authorization).
import { createLogBudget } from "@/lib/log/log-budget";
import { childLogger } from "@/lib/log/logger";
import { metrics } from "@/lib/ops/metrics";

const log = childLogger({ component: "scim" });

function limit(): number {
  const n = Number(process.env.AUTH_FAILURE_LOG_LIMIT);
  return Number.isInteger(n) && n >= 0 ? n : 20;
}

const budget = createLogBudget({ limit: limit(), windowMs: 60_000 });

/** Enough of the credential to tell tokens apart (at most 6 characters, a quarter of a short one); null when absent. */
export function tokenPrefix(authorization: string | null): string | null {
  if (!authorization) return null;
  const match = /^(\S+)\s+(\S+)/.exec(authorization.trim());
  if (!match) return "(malformed Authorization header)";
  const token = match[2]!;
  const shown = Math.min(6, Math.floor(token.length / 4));
  return `${match[1]!.toLowerCase() === "bearer" ? "" : `${match[1]} `}${token.slice(0, shown)}…`;
}

export function logAuthFailure(input: {
  clientAddress: string | null;
  authorization: string | null;
  path: string;
  userAgent: string | null;
}): void {
  metrics.scimAuthFailures.inc();
  const { allowed, suppressed } = budget.take();
  if (!allowed) return;
  log.warn(
    {
      event: "scim.auth_rejected",
      clientAddress: input.clientAddress,
      tokenPrefix: tokenPrefix(input.authorization),
      path: input.path,
      userAgent: input.userAgent?.slice(0, 200) ?? null,
      ...(suppressed ? { suppressedSinceLastLine: suppressed } : {}),
    },
    input.authorization
      ? "SCIM request refused: the bearer token is invalid, expired or revoked"
      : "SCIM request refused: no bearer token",
  );
}
