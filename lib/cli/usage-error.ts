// A mistake in the command line itself (exit code 2), as opposed to a failed operation (exit code 1).
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function requireOption(options: Record<string, unknown>, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`Missing --${name}.`);
  return value;
}
