// Redirect URIs: registered as absolute URLs (https, or http on a loopback host), matched exactly as strings.
const LOOPBACK_HOSTS = new Set(["localhost", "[::1]"]);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Why a redirect URI cannot be registered, or null when it can. */
export function redirectUriProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL";
  }
  if (value !== value.trim()) return "must not start or end with spaces";
  if (url.hash || value.includes("#")) return "must not contain a fragment (#...)";
  if (url.username || url.password) return "must not contain a user name or password";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:")
    return isLoopbackHost(url.hostname)
      ? null
      : "must use https (http is allowed only for localhost, 127.0.0.1 and [::1])";
  return "must use https";
}

/** RFC 6749 §3.1.2.3 with exact matching: no prefix, no normalisation, no wildcard ports. */
export function isRegisteredRedirectUri(registered: readonly string[], candidate: string): boolean {
  return registered.includes(candidate);
}

/** The redirect URI with response parameters added to its query (keeping any query it was registered with). */
export function redirectWithParams(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
