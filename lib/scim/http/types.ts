// The framework-free request/response shapes of the SCIM HTTP layer (STYLE.md rule 3): the route file adapts
// Next's Request to ScimHttpRequest and ScimHttpResponse back to a Response.

export interface ScimRequestHeaders {
  authorization?: string | null;
  contentType?: string | null;
  ifMatch?: string | null;
  ifNoneMatch?: string | null;
  /** From `X-Request-Id` or `client-request-id`; a new one is generated when absent. */
  requestId?: string | null;
}

export interface ScimHttpRequest {
  method: string;
  /** The path below the SCIM base URL, e.g. `/Users/abc` (segments still percent-encoded). */
  path: string;
  query: URLSearchParams;
  /** The body as text; undefined when the request had none. */
  body: string | undefined;
  /** Set by the adapter when the body exceeded MAX_BODY_BYTES (it stopped buffering). */
  bodyTooLarge?: boolean;
  headers: ScimRequestHeaders;
  /** Absolute SCIM base URL without a trailing slash, e.g. `https://host/scim/v2`. */
  baseUrl: string;
  clientIp?: string | null;
  userAgent?: string | null;
  /** Runs work after the response is sent (bin/server.js runs it once the answer is written); when absent, the work is awaited before answering. */
  defer?: (task: () => Promise<void>) => void;
}

export interface ScimHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string | undefined;
  /** Instead of `body`: the answer's text in pieces, written as they come (a large group's members). */
  stream?: AsyncIterable<string>;
  /** For the request log: what `stream` wrote, capped, once it has been written. */
  streamed?: () => string;
}

/** What an endpoint returns before headers common to all responses are added. */
export interface ScimResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** 1 MiB, the largest request body accepted (413 beyond). */
export const MAX_BODY_BYTES = 1024 * 1024;

export const SCIM_CONTENT_TYPE = "application/scim+json";
