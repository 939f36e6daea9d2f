// The one error type domain code throws; each surface (console, SCIM, CLI) translates it.
export type AppErrorCode =
  "invalid_input" | "not_found" | "conflict" | "forbidden" | "unauthorized" | "rate_limited" | "precondition_failed";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
