// ScimTransport over HTTP (undici's request: fetch's WHATWG streams and Response objects cost the engine about as
// much CPU per request as the target spends answering it): Entra's headers, a timeout per request, the address guard,
// and Retry-After.
import { request as undiciRequest } from "undici";
import { NON_PUBLIC_CODE, publicOnlyAgent } from "./public-only-agent";
import { parseRetryAfter } from "./retry";
import { assertPublicTarget } from "./target-guard";
import { targetUrl, type TenantTarget } from "./target-url";
import { ScimTransportError, type ScimRequest, type ScimResponse, type ScimTransport } from "./types";

export const SCIM_CONTENT_TYPE = "application/scim+json; charset=utf-8";

export type HttpTransportOptions = {
  target: TenantTarget;
  /** The Authorization header value; called per request so refreshed tokens are picked up. */
  authorization: () => Promise<string>;
  timeoutMs?: number;
  allowPrivate?: boolean;
};

export function defaultTimeoutMs(): number {
  const n = Number(process.env.PROVISIONING_REQUEST_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 100 ? n : 30_000;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isAbort = (error: unknown) => ["TimeoutError", "AbortError"].includes((error as Error)?.name);

// Connection errors carry their code themselves or on `cause` (a lookup failure inside the dispatcher).
type WithCode = { code?: string; message?: string; cause?: { code?: string; message?: string } };
const errorCode = (error: unknown) =>
  (error as WithCode).code?.startsWith("UND_ERR")
    ? ((error as WithCode).cause?.code ?? (error as WithCode).code)
    : ((error as WithCode).code ?? (error as WithCode).cause?.code);
const causeMessage = (error: unknown) => (error as WithCode).cause?.message ?? (error as Error).message;

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export function createHttpTransport(options: HttpTransportOptions): ScimTransport {
  const { target } = options;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs();
  return {
    async send(request: ScimRequest): Promise<ScimResponse> {
      // Counted by the retry policy per request: a second request to the same path is a new request, not a retry.
      const attempt = request.attempt ?? 1;
      const record = {
        method: request.method,
        path: request.path + (request.query ? `?${new URLSearchParams(request.query).toString()}` : ""),
        requestBody: request.body,
        requestId: request.requestId,
        attempt,
      };
      const started = performance.now();
      try {
        if (!options.allowPrivate) await assertPublicTarget(target.hostname);
        const headers: Record<string, string> = {
          Authorization: await options.authorization(),
          Accept: "application/scim+json, application/json",
          // SCIM answers are small: compressing each costs the target more CPU than it saves on the wire.
          "Accept-Encoding": "identity",
          ADSCIMVersion: "6.0",
          "User-Agent": "OrgCenter-Provisioning/1.0",
        };
        if (request.requestId) headers["client-request-id"] = request.requestId;
        if (request.body !== undefined) headers["Content-Type"] = SCIM_CONTENT_TYPE;
        let res: Awaited<ReturnType<typeof undiciRequest>>;
        const signal = AbortSignal.timeout(timeoutMs);
        try {
          res = await undiciRequest(targetUrl(target, request.path, request.query), {
            method: request.method,
            headers,
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            signal,
            // The address is checked again as each connection is made (the check above alone could be rebound).
            ...(options.allowPrivate ? {} : { dispatcher: publicOnlyAgent() }),
          });
        } catch (error) {
          if (signal.aborted || isAbort(error))
            throw new ScimTransportError("timeout", `No answer within ${timeoutMs} ms`);
          const code = errorCode(error);
          if (code === NON_PUBLIC_CODE) {
            throw new ScimTransportError(
              "blocked",
              `Refused to connect: ${causeMessage(error)}. Provisioning reaches public addresses only (set PROVISIONING_ALLOW_PRIVATE_TARGETS=1 to allow private ones).`,
            );
          }
          throw new ScimTransportError("network", `Could not reach ${target.origin}: ${code ?? causeMessage(error)}`);
        }
        let text: string;
        try {
          text = await res.body.text();
        } catch (error) {
          throw new ScimTransportError(
            signal.aborted || isAbort(error) ? "timeout" : "network",
            `The answer was cut off: ${(error as Error).message}`,
          );
        }
        const response: ScimResponse = {
          status: res.statusCode,
          body: parseJson(text),
          text,
          contentType: header(res.headers, "content-type"),
          retryAfterMs: parseRetryAfter(header(res.headers, "retry-after")),
          durationMs: Math.round(performance.now() - started),
        };
        request.trace?.push({
          ...record,
          status: res.statusCode,
          responseBody: response.body ?? (text ? text.slice(0, 2000) : undefined),
          durationMs: response.durationMs,
        });
        return response;
      } catch (error) {
        request.trace?.push({
          ...record,
          error: (error as Error).message,
          durationMs: Math.round(performance.now() - started),
        });
        throw error;
      }
    },
  };
}
