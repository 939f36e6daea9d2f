// Signs in over real HTTP through next-auth's credentials endpoint and keeps the cookies, like a browser.
import { inject } from "vitest";

export class HttpSession {
  private cookies = new Map<string, string>();

  /** baseUrl: another app instance than the shared one (tests/integration/support/app-server.ts). */
  constructor(readonly baseUrl: string = inject("baseUrl")) {}

  private store(res: Response) {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    this.store(res);
    return res;
  }

  /** Returns the error message next-auth reported, or null when signed in. */
  async signIn(email: string, password: string, ip = "203.0.113.7"): Promise<string | null> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    // With json=true next-auth answers { url } instead of redirecting; the error rides in that URL.
    const location = res.headers.get("location") ?? ((await res.json()) as { url: string }).url;
    const error = new URL(location, this.baseUrl).searchParams.get("error");
    if (error) return error;
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token")) ? null : "no session cookie";
  }
}
