// A deliberately faulty SCIM 2.0 server on a loopback port: an in-memory Users/Groups store that understands what
// the provisioning engine sends (eq filters, POST, both PATCH dialects, DELETE), with injectable faults —
// 429 with Retry-After, 5xx, slow answers (processed after the delay: the answer is lost, not the request), reset
// connections, HTML — optional userName / displayName uniqueness (409), and a record of every request.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FaultRule = (req: {
  method: string;
  path: string;
  query: string;
  n: number;
  body: unknown;
}) => Fault | undefined;
export type Fault = { status?: number; retryAfter?: string; delayMs?: number; html?: boolean; reset?: boolean };
export type Received = {
  at: number;
  method: string;
  path: string;
  query: string;
  body: unknown;
  answered: number;
  answeredAt: number;
  auth: string | undefined;
  /** The client-request-id header (the provisioning log entry's change id). */
  requestId: string | undefined;
  fault: Fault | undefined;
};
type Resource = Record<string, unknown> & { id: string; members?: { value: string }[] };

export async function startFaultyScimServer(
  options: { token?: string; fault?: FaultRule; uniqueNames?: boolean } = {},
) {
  const store = { Users: new Map<string, Resource>(), Groups: new Map<string, Resource>() };
  const received: Received[] = [];
  let inFlight = 0;
  let peak = 0;
  let seq = 0;
  const json = (res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/scim+json", ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, status: number, detail: string) =>
    json(res, status, { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), detail });

  function patch(r: Resource, ops: { op: string; path?: string; value?: unknown }[]) {
    for (const op of ops) {
      const kind = op.op.toLowerCase();
      if (op.path === "members" || op.path?.startsWith("members[")) {
        const ids =
          op.path === "members"
            ? ((op.value as { value: string }[]) ?? []).map((v) => v.value)
            : [/"(.*)"/.exec(op.path)![1]!];
        const have = new Set((r.members ?? []).map((m) => m.value));
        for (const id of ids)
          if (kind === "remove") have.delete(id);
          else have.add(id);
        r.members = [...have].map((value) => ({ value }));
      } else if (op.path) r[op.path] = op.value === "True" ? true : op.value === "False" ? false : op.value;
      else Object.assign(r, op.value as object);
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: unknown, fault: Fault | undefined) {
    const url = new URL(req.url!, "http://x");
    const [, endpoint, id] = url.pathname.replace(/^\/scim/, "").split("/") as [
      string,
      "Users" | "Groups",
      string | undefined,
    ];
    const method = req.method!;
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.html) {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end("<html><body>Sign in to continue</body></html>");
    }
    if (fault?.status) return error(res, fault.status, `injected ${fault.status}`);
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`)
      return error(res, 401, "Invalid bearer token");
    const items = store[endpoint];
    if (!items) return error(res, 404, "Unknown endpoint");
    if (method === "GET" && !id) {
      const m = /^(\w+) eq "(.*)"$/.exec(url.searchParams.get("filter") ?? "");
      const found = m
        ? [...items.values()].filter((r) => String(r[m[1]!] ?? "").toLowerCase() === m[2]!.toLowerCase())
        : [...items.values()];
      return json(res, 200, {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        totalResults: found.length,
        Resources: found,
        startIndex: 1,
        itemsPerPage: found.length,
      });
    }
    if (method === "POST") {
      if (options.uniqueNames) {
        const key = endpoint === "Users" ? "userName" : "displayName";
        const name = String((body as Record<string, unknown>)[key] ?? "").toLowerCase();
        if ([...items.values()].some((r) => String(r[key] ?? "").toLowerCase() === name))
          return json(res, 409, {
            schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
            status: "409",
            scimType: "uniqueness",
            detail: `${key} is taken`,
          });
      }
      const r = { ...(body as object), id: `f${++seq}` } as Resource;
      return (items.set(r.id, r), json(res, 201, r));
    }
    const r = id ? items.get(id) : undefined;
    if (!r) return error(res, 404, `Resource ${id} not found`);
    if (method === "GET") return json(res, 200, r);
    if (method === "DELETE") return (items.delete(r.id), json(res, 204));
    if (method === "PATCH")
      return (
        patch(r, (body as { Operations: [] }).Operations),
        json(res, endpoint === "Groups" ? 204 : 200, endpoint === "Groups" ? undefined : r)
      );
    return error(res, 405, "Method not allowed");
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url!, "http://x");
      const requestId = req.headers["client-request-id"] as string | undefined;
      const entry: Received = {
        at: Date.now(),
        method: req.method!,
        path: url.pathname,
        query: url.search,
        body: text ? JSON.parse(text) : undefined,
        answered: 0,
        answeredAt: 0,
        auth: req.headers.authorization,
        requestId,
        fault: undefined,
      };
      received.push(entry);
      peak = Math.max(peak, ++inFlight);
      const fault = options.fault?.({
        method: req.method!,
        path: url.pathname,
        query: url.search,
        n: received.length,
        body: entry.body,
      });
      entry.fault = fault;
      if (fault?.reset) {
        inFlight--;
        entry.answeredAt = Date.now();
        req.socket.destroy();
        return;
      }
      res.on("close", () => {
        inFlight--;
        entry.answered = res.statusCode;
        entry.answeredAt = Date.now();
      });
      if (fault?.status === 429 && fault.retryAfter) res.setHeader("Retry-After", fault.retryAfter);
      handle(req, res, entry.body, fault).catch((e) => error(res, 500, String(e)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/scim`,
    store,
    received,
    peak: () => peak,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
