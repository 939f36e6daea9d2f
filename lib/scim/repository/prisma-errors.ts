// Recognising database conflicts in Prisma errors (both SQLite and PostgreSQL), and retrying optimistic writes.
// API: isUniqueViolation(e), TX_OPTIONS, ConcurrentChange, withRetries(fn).

/** P2002: a unique constraint (userName, displayName, membership primary key) rejected the write. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** P2034: PostgreSQL write conflict or deadlock; the transaction can simply run again. */
function isTransientConflict(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2034" || error instanceof ConcurrentChange;
}

/** Interactive transactions queue behind each other on SQLite's one connection: wait rather than fail. */
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 };

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

/** P2003: a foreign key rejected the write (e.g. a member user deleted in the meantime). */
export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2003";
}
