// The SCIM client seam (STYLE.md rule 4): the engine talks to targets only through ScimTransport.send, which the
// HTTP implementation (with retries, 429 handling and a per-target concurrency limit) and test fakes provide.
export type ScimMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One attempt on the wire, kept for the provisioning log and the quarantine banner. Never holds the token. */
export type ExchangeRecord = {
  method: ScimMethod;
  path: string;
  status?: number;
  error?: string;
  requestBody?: unknown;
  responseBody?: unknown;
  durationMs: number;
  requestId?: string;
  attempt: number;
};

export type ScimRequest = {
  method: ScimMethod;
  /** Relative to the Tenant URL: "/Users", "/Users/abc", "/Groups". */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent as client-request-id (the change id): the target's request log links back to the provisioning log. */
  requestId?: string;
  /** Every attempt of this request is appended here. */
  trace?: ExchangeRecord[];
  /** Which attempt of this one request this is (set by the retry policy): 2 and up are retries, never a new request. */
  attempt?: number;
};

export type ScimResponse = {
  status: number;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
  text: string;
  contentType: string | null;
  /** From Retry-After (seconds or an HTTP date), when present. */
  retryAfterMs?: number;
  durationMs: number;
};

export interface ScimTransport {
  send(request: ScimRequest): Promise<ScimResponse>;
}

export type TransportErrorKind = "timeout" | "network" | "blocked";

/** The request got no HTTP answer: timed out, could not connect, or was refused before leaving (address guard). */
export class ScimTransportError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ScimTransportError";
  }
}

export type ScimDialect = "legacy" | "rfc";

export type ScimResource = Record<string, unknown> & { id?: string };
