// Pure: the request's origin from its headers. Host (and, from a trusted proxy, the first X-Forwarded-Host and
// X-Forwarded-Proto); null when the host is missing or not a plain host[:port].
type HeaderSource = { get(name: string): string | null };

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;
const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

export function originFromHeaders(h: HeaderSource, trustProxy: boolean): string | null {
  const host = (trustProxy ? first(h.get("x-forwarded-host")) : null) ?? first(h.get("host"));
  if (!host || !HOST.test(host)) return null;
  const forwardedProto = trustProxy ? first(h.get("x-forwarded-proto"))?.toLowerCase() : null;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return `${proto}://${host.toLowerCase()}`;
}
