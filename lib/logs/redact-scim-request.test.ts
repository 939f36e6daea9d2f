import { describe, expect, it } from "vitest";
import { MAX_LOGGED_CHARS, redactBody, redactQuery } from "./redact-scim-request";

describe("request log redaction", () => {
  it("redacts JSON keys naming passwords, secrets and tokens at any depth", () => {
    const body = JSON.stringify({
      userName: "a",
      password: "p1",
      nested: { client_secret: "s1", list: [{ AccessToken: "t1", keep: "k" }] },
    });
    expect(JSON.parse(redactBody(body)!)).toEqual({
      userName: "a",
      password: "[REDACTED]",
      nested: { client_secret: "[REDACTED]", list: [{ AccessToken: "[REDACTED]", keep: "k" }] },
    });
  });

  it("keeps a body that names no secret as it was sent, and still redacts a key spelled with escapes", () => {
    const plain = '{ "userName": "a",\n  "emails": [{"value": "a@example.com"}] }';
    expect(redactBody(plain)).toBe(plain);
    const escaped = '{"userName": "a", "pass\\u0077ord": "p1"}';
    expect(JSON.parse(redactBody(escaped)!)).toEqual({ userName: "a", password: "[REDACTED]" });
  });

  it("redacts key/value pairs in text that is not valid JSON", () => {
    const text = '{"password": "p1", "token":12345, "name": "x"';
    const out = redactBody(text)!;
    expect(out).not.toContain("p1");
    expect(out).not.toContain("12345");
    expect(out).toContain('"name": "x"');
  });

  it("caps stored bodies at 64 KiB and stores nothing for an empty body", () => {
    const out = redactBody(JSON.stringify({ pad: "x".repeat(100_000) }))!;
    expect(out.length).toBeLessThan(MAX_LOGGED_CHARS + 100);
    expect(out).toContain("[truncated");
    expect(redactBody(undefined)).toBeNull();
    expect(redactBody("")).toBeNull();
  });

  it("survives absurd nesting", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    expect(() => redactBody(deep)).not.toThrow();
  });

  it("redacts secret query parameters", () => {
    expect(redactQuery(new URLSearchParams("filter=a&access_token=abc&Secret=x"))).toBe(
      "filter=a&access_token=%5BREDACTED%5D&Secret=%5BREDACTED%5D",
    );
    expect(redactQuery(new URLSearchParams())).toBeNull();
  });
});
