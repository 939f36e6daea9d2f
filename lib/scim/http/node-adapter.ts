// Serves /scim/v2 from a plain Node HTTP server (bin/server.js) rather than through Next's request pipeline:
// IncomingMessage → ScimHttpRequest, ScimHttpResponse → ServerResponse, with the 1 MiB body cap, the security
// headers, deferred work run once the answer is sent, and a SCIM error body (never HTML) when a request fails.
// API: SCIM_MOUNT, scimUrl(rawUrl) → URL | null, createNodeScimHandler(handle) → { serve(req, res, url), drain() },
// toScimHttpRequest(req, url, body, defer), writeScimResponse(res, method, response), scimClientErrorResponse(status).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { SECURITY_HEADERS } from "@/lib/http/security-headers.js";
import { ScimError, toScimErrorBody } from "../errors";
import { readBodyText, type BodyText } from "./read-body";
import { MAX_BODY_BYTES, SCIM_CONTENT_TYPE, type ScimHttpRequest, type ScimHttpResponse } from "./types";
import { logger } from "@/lib/log/logger";
import { metricMethod, metrics, scimResource, statusClass } from "@/lib/ops/metrics";
import { logAuthFailure } from "./auth-failure-log";
import { scimRequestLogRoom } from "@/lib/logs/write-scim-request-log";

export const SCIM_MOUNT = "/scim/v2";

type Handle = (request: ScimHttpRequest) => Promise<ScimHttpResponse>;
type Defer = NonNullable<ScimHttpRequest["defer"]>;

const NO_BODY: BodyText = { text: undefined, tooLarge: false, abandoned: false };

/** Sockets whose current request is a SCIM one: a parse error mid-body on them is answered in SCIM's shape. */
const scimSockets = new WeakSet<Socket>();

/** The parsed URL when the request is for /scim/v2 or below (an exact path-segment match), else null. */
export function scimUrl(rawUrl: string | undefined): URL | null {
  if (!rawUrl?.startsWith(SCIM_MOUNT)) return null;
  const url = new URL(`http://localhost${rawUrl}`);
  const path = url.pathname;
  return path === SCIM_MOUNT || path.startsWith(`${SCIM_MOUNT}/`) ? url : null;
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}

function origin(req: IncomingMessage): string {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/+$/, "");
  if (process.env.TRUST_PROXY === "1") {
    const host = header(req, "x-forwarded-host");
    if (host) return `${header(req, "x-forwarded-proto") ?? "https"}://${host}`;
  }
  return `http://${req.headers.host ?? "localhost"}`;
}

// Only a proxy we were told to trust (TRUST_PROXY=1) can name the client's address.
function clientIp(req: IncomingMessage): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  return header(req, "x-forwarded-for")?.split(",")[0]?.trim() || null;
}

export function toScimHttpRequest(
  req: IncomingMessage,
  url: URL,
  body: Pick<BodyText, "text" | "tooLarge">,
  defer?: Defer,
): ScimHttpRequest {
  return {
    method: req.method ?? "GET",
    path: url.pathname.slice(SCIM_MOUNT.length),
    query: url.searchParams,
    body: body.text,
    bodyTooLarge: body.tooLarge,
    headers: {
      authorization: header(req, "authorization"),
      contentType: header(req, "content-type"),
      ifMatch: header(req, "if-match"),
      ifNoneMatch: header(req, "if-none-match"),
      requestId: header(req, "x-request-id") ?? header(req, "client-request-id"),
    },
    baseUrl: `${origin(req)}${SCIM_MOUNT}`,
    clientIp: clientIp(req),
    userAgent: header(req, "user-agent"),
    defer,
  };
}

const SECURITY = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));

/** Resolves when the socket takes more, or is gone; leaves no listener behind (a long answer waits many times). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** Writes a streamed answer (chunked), waiting for the socket to drain between pieces; a failure half way cuts the
 * connection, so the client sees a broken answer rather than a short one. */
async function writeScimStream(res: ServerResponse, method: string | undefined, response: ScimHttpResponse) {
  const stream = response.stream!;
  res.writeHead(response.status, { ...SECURITY, ...response.headers });
  if (method === "HEAD") {
    res.end();
    return;
  }
  try {
    for await (const chunk of stream) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await drained(res);
    }
    res.end();
  } catch (error) {
    logger.error({ err: error, component: "scim" }, "A streamed answer failed half way: connection closed");
    res.destroy();
  }
}

/** Writes the answer with the security headers; HEAD gets the headers only. */
export function writeScimResponse(
  res: ServerResponse,
  method: string | undefined,
  response: ScimHttpResponse,
  { close = false } = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | number> = { ...SECURITY, ...response.headers };
  if (response.body !== undefined) headers["Content-Length"] = Buffer.byteLength(response.body);
  // An upload we stopped reading leaves unread bytes on the connection: it cannot carry another request.
  if (close) headers.Connection = "close";
  // One writeHead with every header (no setHeader calls): the cheapest path through Node's ServerResponse.
  res.writeHead(response.status, headers);
  res.end(method === "HEAD" ? undefined : response.body);
}

function errorResponse(status: number, detail: string): ScimHttpResponse {
  const body = JSON.stringify(toScimErrorBody(new ScimError(status, undefined, detail)));
  return { status, headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store" }, body };
}

/** A complete raw HTTP answer for a socket whose SCIM request could not be parsed (server 'clientError'). */
export function scimClientErrorResponse(status: number, reason: string): string {
  const { body, headers } = errorResponse(status, `The request could not be parsed (${reason})`);
  const lines = [`HTTP/1.1 ${status} ${reason}`, ...SECURITY_HEADERS.map(({ key, value }) => `${key}: ${value}`)];
  for (const [key, value] of Object.entries(headers)) lines.push(`${key}: ${value}`);
  lines.push(`Content-Length: ${Buffer.byteLength(body ?? "")}`, "Connection: close", "", body ?? "");
  return lines.join("\r\n");
}

/** Whether the socket is in the middle of a SCIM request (for the server's 'clientError' handler). */
export function isScimSocket(socket: Socket): boolean {
  return scimSockets.has(socket);
}

/** The request in the SCIM metrics: method, endpoint and status class (no organization), and its latency. */
function observe(request: ScimHttpRequest, response: ScimHttpResponse, started: number): void {
  const labels = {
    method: metricMethod(request.method),
    resource: scimResource(request.path),
    status_class: statusClass(response.status),
  };
  metrics.scimRequests.inc(labels);
  metrics.scimDuration.observe(labels, (performance.now() - started) / 1000);
}

export function createNodeScimHandler(handle: Handle) {
  const pending = new Set<Promise<void>>();

  // Deferred work (the request log) starts once the answer is written, and is tracked so shutdown can await it.
  function runAfterResponse(task: () => Promise<void>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error) => logger.error({ err: error, component: "scim" }, "Work after the response failed"));
    pending.add(run);
    void run.finally(() => pending.delete(run));
  }

  async function serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const started = performance.now();
    const socket = req.socket;
    scimSockets.add(socket);
    res.once("close", () => scimSockets.delete(socket));
    let body: BodyText = NO_BODY;
    try {
      // A request without Content-Length or Transfer-Encoding has no body (RFC 9112 §6.3): nothing to read.
      if (req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined)
        body = await readBodyText(req, header(req, "content-length"), MAX_BODY_BYTES);
    } catch {
      // The client broke off or sent a malformed body: answer if the connection still can carry it.
      if (socket.writable)
        writeScimResponse(res, req.method, errorResponse(400, "The request body could not be read"), { close: true });
      return;
    }
    // Every request is logged: while the log's rows in flight are at their bound, new requests wait for room.
    const logRoom = scimRequestLogRoom();
    if (logRoom) await logRoom;
    const deferred: Array<() => Promise<void>> = [];
    const request = toScimHttpRequest(req, url, body, (task) => deferred.push(task));
    let response: ScimHttpResponse;
    try {
      response = await handle(request);
    } catch (error) {
      logger.error({ err: error, component: "scim" }, "Unexpected error: answered 500");
      response = errorResponse(500, "Internal server error");
    }
    if (response.stream && !res.headersSent && !res.destroyed) await writeScimStream(res, req.method, response);
    else writeScimResponse(res, req.method, response, { close: body.abandoned });
    observe(request, response, started);
    if (response.status === 401) {
      logAuthFailure({
        clientAddress: request.clientIp ?? req.socket.remoteAddress ?? null,
        authorization: request.headers.authorization ?? null,
        path: url.pathname,
        userAgent: request.userAgent ?? null,
      });
    }
    for (const task of deferred) runAfterResponse(task);
  }

  /** Resolves once every piece of deferred work has finished (for a clean shutdown). */
  async function drain(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  return { serve, drain };
}
