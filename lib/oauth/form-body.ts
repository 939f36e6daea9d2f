// Token and revocation requests: application/x-www-form-urlencoded, each parameter at most once (RFC 6749 §3.2).
import { OAuthError } from "./oauth-error";

export type FormParams = Record<string, string>;

// Far above any legitimate token or revocation request.
const MAX_BODY_LENGTH = 16_384;

export function parseFormBody(contentType: string | null, body: string): FormParams {
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/x-www-form-urlencoded") {
    throw new OAuthError("invalid_request", "Send the request as application/x-www-form-urlencoded.");
  }
  if (body.length > MAX_BODY_LENGTH) throw new OAuthError("invalid_request", "The request body is too large.");
  const params: FormParams = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (Object.hasOwn(params, key)) throw new OAuthError("invalid_request", `The parameter "${key}" is repeated.`);
    // Empty values count as absent (RFC 6749 §3.1).
    if (value !== "") params[key] = value;
  }
  return params;
}

/** Client credentials from an HTTP Basic header: both parts form-urlencoded (RFC 6749 §2.3.1). */
export function parseBasicCredentials(authorization: string | null): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? "");
  if (!match) {
    if (authorization && /^Basic\b/i.test(authorization))
      throw new OAuthError("invalid_client", "The Basic credentials are malformed.");
    return null;
  }
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw new OAuthError("invalid_client", "The Basic credentials are malformed.");
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      throw new OAuthError("invalid_client", "The Basic credentials are malformed.");
    }
  };
  return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
}
