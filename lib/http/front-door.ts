// What bin/server.js does to every request before routing it: a request id (the client's X-Request-Id when plain,
// else a new one) returned as X-Request-Id; for Next's answers the per-request nonce'd CSP, and no-store on OAuth, API
// and export paths. API: assignRequestId(req, res) → id, prepareNextRequest(req, res, { dev }).
import type { IncomingMessage, ServerResponse } from "node:http";
import { newRequestId } from "@/lib/log/request-context";
import { consolePolicy, newNonce } from "./content-security-policy";

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Sets the id on the request (so the SCIM core logs the same one) and on the response; returns it. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const id = newRequestId(single(req.headers["x-request-id"]) ?? single(req.headers["client-request-id"]));
  req.headers["x-request-id"] = id;
  res.setHeader("X-Request-Id", id);
  return id;
}

/** Tokens, credentials and exported data: no cache along the way may keep them. */
const NO_STORE_PATH = /^\/(?:oauth|api)(?:\/|$)|\/export(?:$|\/)/;

export function prepareNextRequest(
  req: IncomingMessage,
  res: ServerResponse,
  { dev = false }: { dev?: boolean } = {},
): void {
  const policy = consolePolicy(newNonce(), { dev, https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false });
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  req.headers["content-security-policy"] = policy;
  res.setHeader("Content-Security-Policy", policy);
  const path = (req.url ?? "/").split("?")[0]!;
  // A route that sets its own Cache-Control replaces this default.
  if (NO_STORE_PATH.test(path)) res.setHeader("Cache-Control", "no-store");
}
