import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createNodeScimHandler, scimClientErrorResponse, scimUrl } from "./node-adapter";
import type { ScimHttpRequest, ScimHttpResponse } from "./types";
import { logger } from "@/lib/log/logger";

const OK: ScimHttpResponse = {
  status: 200,
  headers: { "Content-Type": "application/scim+json", "X-Request-Id": "r1" },
  body: '{"ok":"é"}',
};

let server: http.Server | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A real Node server whose SCIM handler records what it was given. */
async function serve(handle: (request: ScimHttpRequest) => Promise<ScimHttpResponse>) {
  const handler = createNodeScimHandler(handle);
  server = http.createServer((req, res) => {
    const url = scimUrl(req.url);
    if (url) void handler.serve(req, res, url);
    else res.end("next");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, handler };
}

describe("scimUrl", () => {
  it.each([
    ["/scim/v2", ""],
    ["/scim/v2/", "/"],
    ["/scim/v2/Users?filter=userName%20eq%20%22a%22", "/Users"],
    ["/scim/v2/Users/a%2Fb", "/Users/a%2Fb"],
  ])("takes %s (path below the mount %s)", (raw, below) => {
    expect(scimUrl(raw)?.pathname.slice("/scim/v2".length)).toBe(below);
  });

  it.each(["/scim/v2x", "/scim/v2x/Users", "/scim", "/sign-in", "/scim/v2/../sign-in", undefined])(
    "leaves %s to Next",
    (raw) => {
      expect(scimUrl(raw)).toBeNull();
    },
  );
});

describe("createNodeScimHandler", () => {
  it("adapts the request: path below the mount, query, headers, base URL from NEXTAUTH_URL, no client IP without TRUST_PROXY", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://org.example/");
    vi.stubEnv("TRUST_PROXY", "");
    let seen: ScimHttpRequest | undefined;
    const { base } = await serve(async (request) => ((seen = request), OK));
    const res = await fetch(`${base}/scim/v2/Users?count=2`, {
      method: "POST",
      headers: {
        Authorization: "Bearer t",
        "Content-Type": "application/scim+json",
        "client-request-id": "abc",
        "If-Match": 'W/"1"',
        "X-Forwarded-For": "9.9.9.9",
      },
      body: '{"userName":"ada"}',
    });
    expect(seen).toMatchObject({
      method: "POST",
      path: "/Users",
      body: '{"userName":"ada"}',
      bodyTooLarge: false,
      headers: { authorization: "Bearer t", contentType: "application/scim+json", ifMatch: 'W/"1"', requestId: "abc" },
      baseUrl: "https://org.example/scim/v2",
      clientIp: null,
    });
    expect(seen!.query.get("count")).toBe("2");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"ok":"é"}');
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength('{"ok":"é"}')));
  });

  it("takes the origin and client address from a trusted proxy, else from the Host header", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("TRUST_PROXY", "1");
    const seen: ScimHttpRequest[] = [];
    const { base } = await serve(async (request) => (seen.push(request), OK));
    await fetch(`${base}/scim/v2/Users`, {
      headers: { "X-Forwarded-Host": "idp.example", "X-Forwarded-For": "9.9.9.9, 10.0.0.1" },
    });
    vi.stubEnv("TRUST_PROXY", "");
    await fetch(`${base}/scim/v2/Users`, { headers: { "X-Forwarded-Host": "evil.example" } });
    expect(seen.map((r) => [r.baseUrl, r.clientIp])).toEqual([
      ["https://idp.example/scim/v2", "9.9.9.9"],
      [`${base}/scim/v2`, null],
    ]);
  });

  it("answers HEAD without a body, and keeps the connection open for the next request", async () => {
    const { base } = await serve(async () => OK);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ports = new Set<number>();
    for (const method of ["HEAD", "GET", "GET"]) {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${base}/scim/v2/Users`, { method, agent }, (res) => {
          ports.add(res.socket.localPort!);
          let text = "";
          res.on("data", (c) => (text += c)).on("end", () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on("error", reject).end();
      });
      expect([status, body]).toEqual([200, method === "HEAD" ? "" : '{"ok":"é"}']);
    }
    agent.destroy();
    expect(ports.size).toBe(1);
  });

  it("flags a body over 1 MiB instead of passing it on", async () => {
    let seen: ScimHttpRequest | undefined;
    const { base } = await serve(async (request) => ((seen = request), { ...OK, status: 413 }));
    const res = await fetch(`${base}/scim/v2/Users`, { method: "POST", body: "a".repeat(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(seen).toMatchObject({ body: undefined, bodyTooLarge: true });
  });

  it("runs deferred work after the answer is sent, and logs rather than throws its errors", async () => {
    const events: string[] = [];
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    let response: http.ServerResponse | undefined;
    const { base, handler } = await serve(async (request) => {
      request.defer!(
        async () =>
          void events.push(response!.writableEnded ? "log written after the answer" : "log written too early"),
      );
      request.defer!(async () => {
        throw new Error("database gone");
      });
      return OK;
    });
    server!.once("request", (_req, res: http.ServerResponse) => (response = res));
    expect((await fetch(`${base}/scim/v2/Users`)).status).toBe(200);
    await handler.drain();
    expect(events).toEqual(["log written after the answer"]);
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.objectContaining({ message: "database gone" }) }),
      expect.stringContaining("after the response"),
    );
    error.mockRestore();
  });

  it("answers a SCIM 500, not HTML, when the core throws", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const { base } = await serve(async () => {
      throw new Error("boom");
    });
    const res = await fetch(`${base}/scim/v2/Users`);
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/scim+json");
    expect(await res.json()).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "500" });
    error.mockRestore();
  });

  it("answers a SCIM 400 when the body stream fails mid-way", async () => {
    const handle = vi.fn(async () => OK);
    const { base } = await serve(handle);
    const { port } = new URL(base);
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => {
        socket.write("POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{");
      });
      let text = "";
      socket.on("data", (c) => (text += c)).on("close", () => resolve(text));
      // The request stream fails while its body is being read (as on a broken upload).
      server!.once("request", (req: http.IncomingMessage) =>
        setImmediate(() => req.emit("error", new Error("bad chunk"))),
      );
    });
    expect(handle).not.toHaveBeenCalled();
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toContain("application/scim+json");
    expect(raw).toContain('"status":"400"');
  });
});

describe("scimClientErrorResponse", () => {
  it("is a complete HTTP answer with a SCIM error body that closes the connection", () => {
    const raw = scimClientErrorResponse(400, "Bad Request");
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain("Connection: close");
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body!)}`);
    expect(JSON.parse(body!)).toMatchObject({ status: "400", detail: expect.stringContaining("could not be parsed") });
  });
});
