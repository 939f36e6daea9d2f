import { describe, it, expect } from "vitest";
import { isRegisteredRedirectUri, redirectUriProblem, redirectWithParams } from "./redirect-uri";

describe("redirect URI registration", () => {
  it.each([
    "https://portal.azure.com/TokenAuthorize",
    "https://app.example.com/oauth/callback?tenant=42",
    "http://127.0.0.1:49152/callback",
    "http://127.8.9.10/cb",
    "http://localhost:3000/cb",
    "http://[::1]:8080/cb",
  ])("accepts %s", (uri) => {
    expect(redirectUriProblem(uri)).toBeNull();
  });

  it.each([
    ["http://example.com/cb", /https/],
    ["http://localhost.example.com/cb", /https/],
    ["http://127.0.0.1.nip.io/cb", /https/],
    ["https://example.com/cb#frag", /fragment/],
    ["https://example.com/cb#", /fragment/],
    ["https://user:pw@example.com/cb", /user name/],
    ["ftp://example.com/cb", /https/],
    ["javascript:alert(1)", /https/],
    ["/relative/cb", /absolute/],
    [" https://example.com/cb", /spaces/],
  ])("refuses %s", (uri, problem) => {
    expect(redirectUriProblem(uri)).toMatch(problem);
  });
});

describe("redirect URI matching is exact", () => {
  const registered = ["https://app.example.com/cb", "http://127.0.0.1:5000/cb"];
  it.each([
    ["https://app.example.com/cb", true],
    ["https://app.example.com/cb/", false],
    ["https://app.example.com/cb?x=1", false],
    ["https://APP.example.com/cb", false],
    ["https://app.example.com/cb2", false],
    ["https://app.example.com/c", false],
    ["http://app.example.com/cb", false],
    ["http://127.0.0.1:5001/cb", false],
    ["http://127.0.0.1:5000/cb", true],
  ])("%s → %s", (candidate, expected) => {
    expect(isRegisteredRedirectUri(registered, candidate)).toBe(expected);
  });
});

describe("response parameters on the redirect URI", () => {
  it("adds them to the query, keeping what was registered, and encodes them", () => {
    const url = new URL(
      redirectWithParams("https://app.example.com/cb?tenant=42", { code: "c&d", state: "s t", error: undefined }),
    );
    expect(url.origin + url.pathname).toBe("https://app.example.com/cb");
    expect(Object.fromEntries(url.searchParams)).toEqual({ tenant: "42", code: "c&d", state: "s t" });
  });
});
