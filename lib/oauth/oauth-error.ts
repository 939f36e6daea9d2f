// The OAuth surface's error type (RFC 6749 §5.2, RFC 7009 §2.2.1) and its JSON rendering.
import { childLogger } from "@/lib/log/logger";

const log = childLogger({ component: "oauth" });

export type OAuthErrorCode =
  | "invalid_request"
  | "invalid_client"
  | "invalid_grant"
  | "unauthorized_client"
  | "unsupported_grant_type"
  | "invalid_scope"
  | "unsupported_token_type"
  | "server_error";

export class OAuthError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
    this.name = "OAuthError";
  }

  /** invalid_client is 401 (with a Basic challenge), server_error 500, everything else 400. */
  get status(): number {
    return this.code === "invalid_client" ? 401 : this.code === "server_error" ? 500 : 400;
  }
}

export function isOAuthError(error: unknown): error is OAuthError {
  return error instanceof OAuthError;
}

export type OAuthResponse = { status: number; headers: Record<string, string>; body: unknown };

// Token responses carry secrets: nothing along the way may cache them (RFC 6749 §5.1).
const NO_STORE = { "Content-Type": "application/json;charset=UTF-8", "Cache-Control": "no-store", Pragma: "no-cache" };

export function oauthJson(status: number, body: unknown, headers: Record<string, string> = {}): OAuthResponse {
  return { status, headers: { ...NO_STORE, ...headers }, body };
}

export function oauthErrorResponse(error: OAuthError): OAuthResponse {
  const challenge =
    error.status === 401 ? { "WWW-Authenticate": 'Basic realm="Org Center", charset="UTF-8"' } : undefined;
  return oauthJson(error.status, { error: error.code, error_description: error.description }, challenge);
}

/** Any other failure is logged (never the request, which may hold secrets) and answered generically. */
export function toOAuthResponse(error: unknown, surface: string): OAuthResponse {
  if (isOAuthError(error)) return oauthErrorResponse(error);
  log.error({ err: error, surface }, `Unexpected error at the OAuth ${surface} endpoint`);
  return oauthErrorResponse(new OAuthError("server_error", "The server could not complete the request."));
}
