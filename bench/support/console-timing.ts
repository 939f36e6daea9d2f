// Times console pages over real HTTP with a signed-in session, as a browser would load them (the server renders
// the page, its database reads included). API: signInToConsole(baseUrl, email, password) → session; timePage(...).
export interface ConsoleSession {
  get(path: string): Promise<Response>;
}

export async function signInToConsole(baseUrl: string, email: string, password: string): Promise<ConsoleSession> {
  const cookies = new Map<string, string>();
  const fetchWithCookies = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(new URL(path, baseUrl), { ...init, headers, redirect: "manual" });
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const i = pair!.indexOf("=");
      cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  };
  const { csrfToken } = (await (await fetchWithCookies("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetchWithCookies("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  if (![...cookies.keys()].some((k) => k.endsWith("next-auth.session-token")))
    throw new Error(`Signing in as ${email} gave no session cookie`);
  return { get: (path) => fetchWithCookies(path) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

/** Loads the page `runs` times one after another (after two warm-up loads); its body must contain `expect`. */
export async function timePage(
  session: ConsoleSession,
  path: string,
  expect: string,
  runs = 50,
): Promise<{ p50: number; p95: number; runs: number }> {
  const times: number[] = [];
  for (let i = -2; i < runs; i++) {
    const started = performance.now();
    const res = await session.get(path);
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200 || !body.includes(expect))
      throw new Error(`GET ${path} answered ${res.status} without "${expect}": ${body.length} chars`);
    if (i >= 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), runs };
}
