import { describe, expect, it } from "vitest";
import { originFromHeaders } from "./origin-from-headers";

const h = (values: Record<string, string>) => new Headers(values);

describe("originFromHeaders", () => {
  it("uses the Host header the browser sent", () => {
    expect(originFromHeaders(h({ host: "127.0.0.1:3000" }), false)).toBe("http://127.0.0.1:3000");
  });
  it("ignores X-Forwarded-* unless the proxy is trusted", () => {
    const headers = h({ host: "localhost:3000", "x-forwarded-host": "org.example", "x-forwarded-proto": "https" });
    expect(originFromHeaders(headers, false)).toBe("http://localhost:3000");
    expect(originFromHeaders(headers, true)).toBe("https://org.example");
  });
  it("takes the first of several forwarded values and refuses malformed hosts", () => {
    expect(
      originFromHeaders(
        h({ host: "a", "x-forwarded-host": "org.example, inner:8080", "x-forwarded-proto": "https,http" }),
        true,
      ),
    ).toBe("https://org.example");
    expect(originFromHeaders(h({ host: "evil.example/path" }), false)).toBeNull();
    expect(originFromHeaders(h({}), false)).toBeNull();
  });
});
