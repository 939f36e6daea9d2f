// Removes credentials from free text before it is logged: bearer and basic credentials, passwords in URLs and
// `token=`-style parameters. API: scrubSecrets(text), scrubLogArgument(value).

const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):[^\s@/]+@/gi;
const SECRET_PARAM = /\b([A-Za-z_]*(?:password|secret|token)[A-Za-z_]*)=([^&\s"']+)/gi;
const SECRET_JSON = /("[^"\\]*(?:password|secret|token)[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

export function scrubSecrets(text: string): string {
  return text
    .replace(AUTH_SCHEME, "$1 [REDACTED]")
    .replace(URL_PASSWORD, "$1:[REDACTED]@")
    .replace(SECRET_PARAM, "$1=[REDACTED]")
    .replace(SECRET_JSON, '$1"[REDACTED]"');
}

function scrubError(error: Error): Error {
  const copy = new Error(scrubSecrets(error.message));
  copy.name = error.name;
  copy.stack = error.stack ? scrubSecrets(error.stack) : undefined;
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) (copy as { code?: unknown }).code = code;
  if (error.cause instanceof Error) copy.cause = scrubError(error.cause);
  return copy;
}

/** A log call's argument with secrets removed from its text: strings, errors, and an object's `err`/`error`. */
export function scrubLogArgument(value: unknown): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (value instanceof Error) return scrubError(value);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (record.err instanceof Error || record.error instanceof Error) {
      const out = { ...record };
      if (out.err instanceof Error) out.err = scrubError(out.err);
      // pino serializes `err` as an error (type, message, stack); `error` would be an empty object.
      if (out.error instanceof Error) {
        out.err = scrubError(out.error);
        delete out.error;
      }
      return out;
    }
  }
  return value;
}
