// Only same-site paths may be used as post-sign-in destinations (no open redirects).
export function safeCallbackUrl(value: string | undefined | null, fallback = "/"): string {
  if (!value) return fallback;
  try {
    const url = new URL(value, "http://placeholder.invalid");
    if (url.origin !== "http://placeholder.invalid" && !value.startsWith("/")) {
      // An absolute URL: keep only its path when it points at ourselves is not knowable here; refuse.
      return fallback;
    }
    if (!url.pathname.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
