// @ts-check
// Error translation between the wasm schema engine and the Prisma CLI's JSON-RPC error format.

/**
 * Turns whatever the wasm engine rejected with into the `data` of a native engine JSON-RPC error:
 * `{ is_panic, message, error_code?, meta? }`.
 * @param {unknown} error
 * @param {{ consumeError(id: number): { error: unknown } | undefined }} [registry]
 */
export function toUserFacingError(error, registry) {
  const err =
    /** @type {{ name?: string, message?: string, code?: unknown, meta?: unknown, stack?: string, cause?: any, id?: unknown }} */ (
      error ?? {}
    );
  if (typeof err.id === "number" && registry) {
    const original = registry.consumeError(err.id);
    if (original) return toUserFacingError(original.error);
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return { is_panic: true, message: err.message ?? "schema engine panicked", backtrace: err.stack ?? null };
  }
  if (typeof err.code === "string" && /^P\d{4}$/.test(err.code)) {
    return { is_panic: false, error_code: err.code, message: err.message ?? "", meta: err.meta ?? {} };
  }
  if (err.name === "DriverAdapterError" && err.cause) {
    const cause = err.cause;
    const message = cause.originalMessage ?? cause.message ?? JSON.stringify(cause);
    return { is_panic: false, message: String(message), backtrace: null };
  }
  const [message, trace] = splitSpanTrace(err.message ?? String(error));
  return { is_panic: false, message, backtrace: trace };
}

/**
 * The wasm engine appends its tracing spans ("   0: module::fn\n   at file.rs:12") to messages,
 * which the native engine reports separately.
 * @param {string} message
 * @returns {[string, string | null]}
 */
function splitSpanTrace(message) {
  const at = message.search(/\n\s+0: /);
  return at === -1 ? [message, null] : [message.slice(0, at), message.slice(at + 1)];
}
