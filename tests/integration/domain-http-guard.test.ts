// The HTTP-file fetch of a user-given domain: refuses non-public addresses unless the operator allows them,
// follows redirects only within the domain, reads at most 4 KiB and times out.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from "vitest";
import { checkDomain } from "@/lib/domains/check-domain";
import { startDnsServer, type TestDnsServer } from "./support/dns-server";
import { startHttpFileServer } from "./support/http-file-server";
import { unique } from "./support/cli";

let dns: TestDnsServer;
let web: Awaited<ReturnType<typeof startHttpFileServer>>;
const CODE = "logmein-verification-code=3f2504e0-4f89-41d3-9a0c-0305e82c3301";

beforeAll(async () => {
  dns = await startDnsServer();
  web = await startHttpFileServer();
  process.env.DNS_SERVERS = dns.server;
  process.env.DOMAIN_VERIFY_HTTP_PORT = String(web.port);
});
beforeEach(() => {
  delete process.env.DOMAIN_VERIFY_ALLOW_PRIVATE;
});
afterAll(async () => {
  delete process.env.DNS_SERVERS;
  delete process.env.DOMAIN_VERIFY_HTTP_PORT;
  await dns.close();
  await web.close();
});

function site(addresses: { a?: string[]; aaaa?: string[] }) {
  const name = `${unique("site")}.test`;
  dns.set(name, addresses);
  web.serve(name, { body: CODE });
  return name;
}

const asked = (host: string) => web.requests.filter((r) => r.host === host).length;

describe("address guard", () => {
  it.each([
    ["loopback", { a: ["127.0.0.1"] }, /127\.0\.0\.1, a loopback address/],
    ["private", { a: ["10.20.30.40"] }, /10\.20\.30\.40, a private address/],
    ["link-local (cloud metadata)", { a: ["169.254.169.254"] }, /link-local/],
    ["IPv6 loopback", { aaaa: ["::1"] }, /::1, a loopback address/],
    ["unique-local IPv6", { aaaa: ["fd00::1"] }, /unique-local/],
    ["a public address mixed with a loopback one", { a: ["93.184.216.34", "127.0.0.1"] }, /127\.0\.0\.1, a loopback/],
  ])("refuses a domain that resolves to %s, without connecting", async (_label, addresses, why) => {
    const name = site(addresses);
    const result = await checkDomain(name, CODE);
    expect(result.http.matched).toBe(false);
    expect(result.http.reason).toMatch(/^Refused: /);
    expect(result.http.reason).toMatch(why);
    expect(result.http.status).toBeUndefined();
    expect(asked(name)).toBe(0);
  });

  it("fetches loopback when DOMAIN_VERIFY_ALLOW_PRIVATE=1", async () => {
    process.env.DOMAIN_VERIFY_ALLOW_PRIVATE = "1";
    const name = site({ a: ["127.0.0.1"] });
    const result = await checkDomain(name, CODE);
    expect(result).toMatchObject({ verified: true, method: "http" });
    expect(asked(name)).toBe(1);
  });

  it("says so when the domain has no address at all", async () => {
    const name = `${unique("nowhere")}.test`;
    dns.set(name, { txt: [["unrelated"]] });
    expect((await checkDomain(name, CODE)).http.reason).toBe(`${name} has no A or AAAA record.`);
  });
});

describe("redirects, size and time limits", () => {
  beforeEach(() => {
    process.env.DOMAIN_VERIFY_ALLOW_PRIVATE = "1";
  });

  it("follows a redirect within the domain (to a subdomain)", async () => {
    const name = `${unique("moved")}.test`;
    dns.set(name, { a: ["127.0.0.1"] });
    dns.set(`www.${name}`, { a: ["127.0.0.1"] });
    web.serve(name, { status: 301, location: `http://www.${name}:${web.port}/files/code.txt` });
    web.serve(`www.${name}`, { body: `${CODE}\r\n` }, "/files/code.txt");
    const result = await checkDomain(name, CODE);
    expect(result.http).toMatchObject({
      matched: true,
      status: 200,
      redirects: [`http://www.${name}:${web.port}/files/code.txt`],
    });
  });

  it("refuses a redirect off the domain and never asks the other host", async () => {
    const name = `${unique("bouncer")}.test`;
    const evil = `${unique("evil")}.test`;
    dns.set(name, { a: ["127.0.0.1"] });
    dns.set(evil, { a: ["127.0.0.1"] });
    web.serve(name, { status: 302, location: `http://${evil}:${web.port}/logmein-verification-code.txt` });
    web.serve(evil, { body: CODE });
    const result = await checkDomain(name, CODE);
    expect(result.http.matched).toBe(false);
    expect(result.http.reason).toBe(`Refused a redirect off the domain, to ${evil}.`);
    expect(asked(evil)).toBe(0);
  });

  it("refuses a look-alike host that merely ends with the domain's name", async () => {
    const name = `${unique("brand")}.test`;
    dns.set(name, { a: ["127.0.0.1"] });
    web.serve(name, { status: 302, location: `http://not${name}/x` });
    expect((await checkDomain(name, CODE)).http.reason).toBe(`Refused a redirect off the domain, to not${name}.`);
  });

  it("stops a redirect loop after 3 redirects", async () => {
    const name = `${unique("loop")}.test`;
    dns.set(name, { a: ["127.0.0.1"] });
    web.serve(name, { status: 302, location: "/logmein-verification-code.txt" });
    const result = await checkDomain(name, CODE);
    expect(result.http.reason).toBe("Stopped after 3 redirects.");
    expect(asked(name)).toBe(4);
  });

  it("reads at most 4 KiB and refuses a larger file", async () => {
    const name = `${unique("big")}.test`;
    dns.set(name, { a: ["127.0.0.1"] });
    web.serve(name, { body: `${CODE}\n${"x".repeat(64 * 1024)}` });
    const result = await checkDomain(name, CODE);
    expect(result.http).toMatchObject({
      matched: false,
      status: 200,
      reason: "The file is larger than 4 KiB; it must hold only the code line.",
    });
    expect(result.http.firstBytes!.startsWith(CODE)).toBe(true);
    expect(result.http.firstBytes!.length).toBe(256);
  });

  it("times out a server that does not answer", async () => {
    const name = `${unique("slow")}.test`;
    dns.set(name, { a: ["127.0.0.1"] });
    web.serve(name, { body: CODE, delayMs: 3_000 });
    const started = Date.now();
    const result = await checkDomain(name, CODE, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.http).toMatchObject({ matched: false, reason: "No complete answer within 0.3 s (timed out)." });
  });
});
