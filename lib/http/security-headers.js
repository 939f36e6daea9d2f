// The response headers every answer carries, Next pages (next.config.js headers()) and SCIM (bin/server.js) alike.
// API: SECURITY_HEADERS, a list of { key, value }. Plain JS so next.config.js can import it.

/** No page may be framed (the OAuth consent screen above all: clickjacking). */
export const SECURITY_HEADERS = Object.freeze([
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
]);
