// Recognising database conflicts (Prisma's codes, and SQLite's and PostgreSQL's own for lib/db/sql-session.ts), and
// retrying optimistic writes. API: isUniqueViolation(e), isForeignKeyViolation(e), isDatabaseBusy(e),
// ConcurrentChange, withRetries(fn).

const code = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** A unique constraint (userName, displayName, membership primary key) rejected the write. */
export function isUniqueViolation(error: unknown): boolean {
  const c = code(error);
  return c === "P2002" || c === "23505" || c === "SQLITE_CONSTRAINT_UNIQUE" || c === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** A foreign key rejected the write (e.g. a member user deleted in the meantime). */
export function isForeignKeyViolation(error: unknown): boolean {
  const c = code(error);
  return c === "P2003" || c === "23503" || c === "SQLITE_CONSTRAINT_FOREIGNKEY";
}

/** The database stayed locked or busy past its timeouts: the client should retry later (503). SQLite's extended
 *  codes (SQLITE_BUSY_SNAPSHOT, _RECOVERY, _TIMEOUT) are all kinds of SQLITE_BUSY. */
export function isDatabaseBusy(error: unknown): boolean {
  const c = code(error);
  return c === "P2028" || c === "P1008" || c === "P2024" || (typeof c === "string" && c.startsWith("SQLITE_BUSY"));
}

/** PostgreSQL write conflict or deadlock; the transaction can simply run again. */
function isTransientConflict(error: unknown): boolean {
  const c = code(error);
  return c === "P2034" || c === "40001" || c === "40P01" || error instanceof ConcurrentChange;
}

/** Thrown inside a transaction when the row changed since it was read (its version moved on). */
export class ConcurrentChange extends Error {
  constructor() {
    super("The resource changed while it was being updated");
    this.name = "ConcurrentChange";
  }
}

/** Runs `fn` again (a fresh read-modify-write) when it lost a race, up to `attempts` times. */
export async function withRetries<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (!isTransientConflict(error) || i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * i));
    }
  }
}
