// Where a signed-out visitor of a console page is sent: the sign-in page, with the page they asked for as a safe
// callback (issue 15: shared links survive sign-in). API: signInPathFor(requested), REQUESTED_PATH_HEADER.
import { safeCallbackUrl } from "./safe-callback-url";

/** Set by proxy.ts on console requests: the path and query the browser asked for. */
export const REQUESTED_PATH_HEADER = "x-org-center-requested-path";

/** Next's own query parameters (the client router's cache key) are not part of the page's address. */
const INTERNAL_PARAMS = ["_rsc"];

export function signInPathFor(requested: string | null | undefined): string {
  const safe = safeCallbackUrl(requested, "");
  if (!safe) return "/sign-in";
  const url = new URL(safe, "http://same-site.invalid");
  // The query's own pairs, as written (re-serialising would change its encoding), less Next's.
  const pairs = url.search
    .slice(1)
    .split("&")
    .filter((p) => p && !INTERNAL_PARAMS.includes(p.split("=")[0]!));
  const path = url.pathname + (pairs.length ? `?${pairs.join("&")}` : "");
  // The sign-in page itself, or the home page (which picks the console) need no callback.
  if (path === "/" || path.startsWith("/sign-in")) return "/sign-in";
  return `/sign-in?callbackUrl=${encodeURIComponent(path)}`;
}
