// Errors that mean the database cannot take the request now — disk full, server down or restarting, connection cut —
// rather than a bug: the caller answers 503 with Retry-After and the client comes back. Prisma wraps driver errors
// (meta.driverAdapterError.cause), pg and better-sqlite3 throw their own codes. API: isDatabaseUnavailable(error).

/** SQLite result codes (better-sqlite3's code, Prisma's originalCode): full, I/O error, file gone or read-only. */
const SQLITE = /^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|NOMEM)/;
/** PostgreSQL SQLSTATEs: admin/crash shutdown, starting up, too many connections, out of disk, connection failures. */
const PG = new Set(["57P01", "57P02", "57P03", "53300", "53100", "08000", "08001", "08003", "08004", "08006"]);
/** Prisma: server unreachable, timed out, connection closed, pool timeout. */
const PRISMA = new Set(["P1001", "P1002", "P1017", "P2024"]);
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGE =
  /Connection terminated|connection timeout|Client has encountered a connection error|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery)|Can't reach database server/i;

type Shape = {
  code?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as Shape;
  for (const code of [e.code, e.originalCode]) {
    if (typeof code === "string" && (SQLITE.test(code) || PG.has(code) || PRISMA.has(code) || NETWORK.has(code)))
      return true;
  }
  if (typeof e.message === "string" && MESSAGE.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}
