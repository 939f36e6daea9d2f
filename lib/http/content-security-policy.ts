// The console's Content-Security-Policy: scripts only from this origin with the request's nonce (Next puts it on its
// own scripts, read from the request's CSP header), nothing framed, no plugins. API: newNonce(), consolePolicy(nonce, opts).
import { randomBytes } from "node:crypto";

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export type PolicyOptions = {
  /** `next dev`: React needs eval for its error overlay, and the HMR socket. */
  dev?: boolean;
  /** The public URL is https: ask browsers to load every subresource over https. */
  https?: boolean;
};

export function consolePolicy(nonce: string, { dev = false, https = false }: PolicyOptions = {}): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd ones load (Next's chunks) run; inline scripts without the nonce do not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React's style={...}) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
