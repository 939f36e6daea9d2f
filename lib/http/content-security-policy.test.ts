import { describe, expect, it } from "vitest";
import { consolePolicy, newNonce } from "./content-security-policy";

describe("consolePolicy", () => {
  it("allows scripts only with the nonce (no inline script, no eval) and forbids framing", () => {
    const policy = consolePolicy("abc123");
    const script = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds eval and the HMR socket only in development, and upgrades requests behind https", () => {
    expect(consolePolicy("n", { dev: true })).toContain("'unsafe-eval'");
    expect(consolePolicy("n", { dev: true })).toContain("connect-src 'self' ws: wss:");
    expect(consolePolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
