// A real HTTP server on loopback that answers per Host header, standing in for the web servers of test
// domains (DOMAIN_VERIFY_HTTP_PORT points the verifier at it). It records what it was asked.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FileResponse = { status?: number; body?: string | Buffer; location?: string; delayMs?: number };

export async function startHttpFileServer() {
  const sites = new Map<string, FileResponse>();
  const requests: { host: string; path: string }[] = [];
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
    requests.push({ host, path: req.url ?? "" });
    const site = sites.get(`${host}${req.url}`) ?? sites.get(host);
    if (!site) return void res.writeHead(404, { "content-type": "text/plain" }).end("no such site");
    const reply = () => {
      const headers: Record<string, string> = { "content-type": "text/plain" };
      if (site.location) headers.location = site.location;
      res.writeHead(site.status ?? 200, headers).end(site.body ?? "");
    };
    if (site.delayMs) setTimeout(reply, site.delayMs);
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    /** What http://<host><path> answers; without a path, every path of the host. */
    serve: (host: string, response: FileResponse, path?: string) =>
      void sites.set(`${host.toLowerCase()}${path ?? ""}`, response),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
