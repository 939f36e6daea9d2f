// The response headers every answer carries, Next pages (next.config.js headers()) and SCIM (bin/server.js) alike.
// API: SECURITY_HEADERS (SCIM and operator endpoints), PAGE_HEADERS (Next; its CSP, with a nonce, is set per request
// by lib/http/front-door.ts), lists of { key, value }. Plain JS so next.config.js can import it.

/** No page may be framed (the OAuth consent screen above all: clickjacking). */
export const SECURITY_HEADERS = Object.freeze([
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
]);

/** What next.config.js sets on Next's answers: the same, less the CSP (Next would overwrite the per-request one). */
export const PAGE_HEADERS = Object.freeze(SECURITY_HEADERS.filter(({ key }) => key !== "Content-Security-Policy"));
